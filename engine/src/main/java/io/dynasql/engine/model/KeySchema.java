package io.dynasql.engine.model;

import io.dynasql.engine.error.ValidationException;
import java.util.Map;
import java.util.Objects;

/**
 * The primary key of a table or index: a partition key and an optional sort key, each with its
 * scalar type (S, N or B).
 *
 * @param partitionKey name of the partition (HASH) key attribute
 * @param partitionType its type
 * @param sortKey name of the sort (RANGE) key attribute, or null
 * @param sortType its type, or null
 */
public record KeySchema(String partitionKey, AttributeType partitionType, String sortKey, AttributeType sortType) {
  public KeySchema {
    Objects.requireNonNull(partitionKey, "partitionKey");
    Objects.requireNonNull(partitionType, "partitionType");
    if (!partitionType.isScalarKeyType()) {
      throw new ValidationException("Key attribute " + partitionKey + " must be of type S, N or B, not " + partitionType);
    }
    if ((sortKey == null) != (sortType == null)) {
      throw new ValidationException("Sort key needs both a name and a type");
    }
    if (sortType != null && !sortType.isScalarKeyType()) {
      throw new ValidationException("Key attribute " + sortKey + " must be of type S, N or B, not " + sortType);
    }
    if (partitionKey.equals(sortKey)) {
      throw new ValidationException("Partition key and sort key must be different attributes: " + partitionKey);
    }
  }

  /** A key with only a partition key. */
  public static KeySchema of(String pk, AttributeType pkType) {
    return new KeySchema(pk, pkType, null, null);
  }

  /** A key with a partition key and a sort key. */
  public static KeySchema of(String pk, AttributeType pkType, String sk, AttributeType skType) {
    return new KeySchema(pk, pkType, sk, skType);
  }

  public boolean hasSortKey() {
    return sortKey != null;
  }

  /** Whether {@code name} is one of this schema's key attributes. */
  public boolean isKeyAttribute(String name) {
    return name.equals(partitionKey) || name.equals(sortKey);
  }

  /** The key attributes of {@code item}, or null if the item lacks one (a sparse index entry). */
  public Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item) {
    AttributeValue pk = item.get(partitionKey);
    if (pk == null || pk.type() != partitionType) return null;
    if (sortKey == null) return Map.of(partitionKey, pk);
    AttributeValue sk = item.get(sortKey);
    if (sk == null || sk.type() != sortType) return null;
    return Map.of(partitionKey, pk, sortKey, sk);
  }
}
