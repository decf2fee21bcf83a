package io.dynasql.engine.ops;

import io.dynasql.engine.catalog.IndexDescriptor;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.codec.ItemSize;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import java.util.Map;

/**
 * DynamoDB's checks on items and keys: key attributes present with their declared type and not
 * empty, key sizes, index key types, empty sets, nesting depth and the 400 KB item limit. Messages
 * follow DynamoDB's wording and name the attribute, index or limit.
 */
public final class ItemValidator {
  /** Largest item, in DynamoDB item-size bytes. */
  public static final int MAX_ITEM_BYTES = 400 * 1024;
  public static final int MAX_PARTITION_KEY_BYTES = 2048;
  public static final int MAX_SORT_KEY_BYTES = 1024;
  public static final int MAX_DEPTH = 32;

  private ItemValidator() {}

  /** Checks a whole item about to be stored; returns its size. */
  public static int checkItem(TableDescriptor t, Map<String, AttributeValue> item) {
    if (item == null) throw new ValidationException("One or more parameter values were invalid: Item must not be null (table " + t.name() + ")");
    checkKeyPart(t.keySchema().partitionKey(), t.keySchema().partitionType(), item, true, "Missing the key ");
    if (t.keySchema().hasSortKey()) {
      checkKeyPart(t.keySchema().sortKey(), t.keySchema().sortType(), item, false, "Missing the key ");
    }
    for (IndexDescriptor idx : t.indexes()) checkIndexKey(idx, item);
    for (Map.Entry<String, AttributeValue> e : item.entrySet()) checkValue(e.getKey(), e.getValue(), 1);
    int size = ItemSize.of(item);
    if (size > MAX_ITEM_BYTES) {
      throw new ValidationException("Item size has exceeded the maximum allowed size (" + size + " bytes > "
          + MAX_ITEM_BYTES + " bytes, table " + t.name() + ")");
    }
    return size;
  }

  /** Checks a key given to GetItem, DeleteItem, UpdateItem: exactly the key attributes. */
  public static void checkKey(TableDescriptor t, Map<String, AttributeValue> key) {
    KeySchema k = t.keySchema();
    int expected = k.hasSortKey() ? 2 : 1;
    if (key == null || key.size() != expected || !key.containsKey(k.partitionKey())
        || (k.hasSortKey() && !key.containsKey(k.sortKey()))) {
      throw new ValidationException("The provided key element does not match the schema (table " + t.name()
          + ", key " + k.partitionKey() + (k.hasSortKey() ? ", " + k.sortKey() : "") + ")");
    }
    checkKeyPart(k.partitionKey(), k.partitionType(), key, true, "Missing the key ");
    if (k.hasSortKey()) checkKeyPart(k.sortKey(), k.sortType(), key, false, "Missing the key ");
  }

  private static void checkKeyPart(String name, AttributeType type, Map<String, AttributeValue> item,
      boolean partition, String missing) {
    AttributeValue v = item.get(name);
    if (v == null) throw new ValidationException("One or more parameter values were invalid: " + missing + name + " in the item");
    if (v.type() != type) {
      throw new ValidationException("One or more parameter values were invalid: Type mismatch for key " + name
          + " expected: " + type + " actual: " + v.type());
    }
    int len = keyLength(v);
    if (len == 0) {
      throw new ValidationException("One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty "
          + (type == AttributeType.S ? "string" : "binary") + " value. Key: " + name);
    }
    // DynamoDB's own wording, "limit of2048" without a space included, as clients match on it.
    if (partition && len > MAX_PARTITION_KEY_BYTES) {
      throw new ValidationException("One or more parameter values were invalid: Size of hashkey has exceeded the maximum size limit of"
          + MAX_PARTITION_KEY_BYTES + " bytes (key " + name + ", " + len + " bytes)");
    }
    if (!partition && len > MAX_SORT_KEY_BYTES) {
      throw new ValidationException("One or more parameter values were invalid: Aggregated size of all range keys has exceeded the size limit of "
          + MAX_SORT_KEY_BYTES + " bytes (key " + name + ", " + len + " bytes)");
    }
  }

  private static int keyLength(AttributeValue v) {
    if (v instanceof AttributeValue.S s) return ItemSize.utf8Length(s.value());
    if (v instanceof AttributeValue.B b) return b.value().length();
    return ItemSize.of(v);
  }

  private static void checkIndexKey(IndexDescriptor idx, Map<String, AttributeValue> item) {
    checkIndexPart(idx, idx.keySchema().partitionKey(), idx.keySchema().partitionType(), item);
    if (idx.keySchema().hasSortKey()) checkIndexPart(idx, idx.keySchema().sortKey(), idx.keySchema().sortType(), item);
  }

  private static void checkIndexPart(IndexDescriptor idx, String name, AttributeType type, Map<String, AttributeValue> item) {
    AttributeValue v = item.get(name);
    if (v == null) return; // sparse: the item is simply not in the index
    if (v.type() != type) {
      throw new ValidationException("One or more parameter values were invalid: Type mismatch for Index Key "
          + name + " Expected: " + type + " Actual: " + v.type() + " IndexName: " + idx.name());
    }
    int len = keyLength(v);
    int max = name.equals(idx.keySchema().partitionKey()) ? MAX_PARTITION_KEY_BYTES : MAX_SORT_KEY_BYTES;
    if (len > max) {
      throw new ValidationException("One or more parameter values were invalid: Size limit exceeded for Index Key " + name
          + " Actual Size: " + len + " bytes Max Size: " + max + " bytes IndexName: " + idx.name());
    }
    if (len == 0) {
      throw new ValidationException("One or more parameter values are not valid. A value specified for a secondary index key is not supported. The AttributeValue for a key attribute cannot contain an empty "
          + (type == AttributeType.S ? "string" : "binary") + " value. IndexName: " + idx.name() + ", IndexKey: " + name);
    }
  }

  /** Empty sets and nesting deeper than 32 levels are rejected anywhere in the item. */
  static void checkValue(String name, AttributeValue v, int depth) {
    if (depth > MAX_DEPTH) throw new ValidationException("Nesting Levels have exceeded supported limits (attribute " + name + ")");
    if (v instanceof AttributeValue.SS s && s.values().isEmpty()) emptySet("string", name);
    if (v instanceof AttributeValue.NS s && s.values().isEmpty()) emptySet("number", name);
    if (v instanceof AttributeValue.BS s && s.values().isEmpty()) emptySet("binary", name);
    if (v instanceof AttributeValue.L l) {
      for (AttributeValue e : l.values()) checkValue(name, e, depth + 1);
    } else if (v instanceof AttributeValue.M m) {
      for (AttributeValue e : m.values().values()) checkValue(name, e, depth + 1);
    }
  }

  private static void emptySet(String kind, String name) {
    throw new ValidationException("One or more parameter values were invalid: An " + kind + " set  may not be empty (attribute " + name + ")");
  }
}
