package io.dynasql.engine.ops;

import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.SecondaryIndex;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.BillingMode;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.model.ProjectionType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks a CreateTable request the way DynamoDB does, before anything is written. */
final class TableSchemaValidator {
  static final int MAX_GSI = 20;
  static final int MAX_LSI = 5;
  /** Total INCLUDE attributes over all indexes of a table. */
  static final int MAX_PROJECTED = 100;

  private TableSchemaValidator() {}

  static void validate(CreateTableRequest r) {
    Names.checkTable(r.tableName());
    if (r.keySchema() == null) throw new ValidationException("No KeySchema given for table " + r.tableName());
    Map<String, AttributeType> types = new HashMap<>();
    declare(types, r.keySchema());
    if (r.globalSecondaryIndexes().size() > MAX_GSI) {
      throw new ValidationException("One or more parameter values were invalid: GlobalSecondaryIndex count exceeds the per-table limit of " + MAX_GSI);
    }
    if (r.localSecondaryIndexes().size() > MAX_LSI) {
      throw new ValidationException("One or more parameter values were invalid: Number of LocalSecondaryIndexes exceeds per-table limit of " + MAX_LSI);
    }
    Set<String> names = new HashSet<>();
    for (SecondaryIndex i : r.globalSecondaryIndexes()) checkIndex(i, names, types);
    for (SecondaryIndex i : r.localSecondaryIndexes()) {
      checkIndex(i, names, types);
      if (!r.keySchema().hasSortKey()) {
        throw new ValidationException("One or more parameter values were invalid: Table KeySchema does not have a range key, which is required when specifying a LocalSecondaryIndex");
      }
      if (!i.keySchema().partitionKey().equals(r.keySchema().partitionKey()) || !i.keySchema().hasSortKey()) {
        throw new ValidationException("One or more parameter values were invalid: Index KeySchema does not have the same leading hash key as table KeySchema for index: "
            + i.indexName() + ". index hash key: " + i.keySchema().partitionKey() + ", table hash key: " + r.keySchema().partitionKey());
      }
    }
    checkProjectedCount(r.globalSecondaryIndexes(), r.localSecondaryIndexes());
    checkBilling(r);
  }

  private static void checkIndex(SecondaryIndex i, Set<String> names, Map<String, AttributeType> types) {
    Names.checkIndex(i.indexName());
    if (!names.add(i.indexName())) {
      throw new ValidationException("One or more parameter values were invalid: Duplicate index name: " + i.indexName());
    }
    if (i.keySchema() == null) throw new ValidationException("No KeySchema given for index " + i.indexName());
    declare(types, i.keySchema());
    if (i.projectionType() == ProjectionType.INCLUDE && i.nonKeyAttributes().isEmpty()) {
      throw new ValidationException("One or more parameter values were invalid: NonKeyAttributes must not be empty for INCLUDE projection of index " + i.indexName());
    }
    if (i.projectionType() != ProjectionType.INCLUDE && !i.nonKeyAttributes().isEmpty()) {
      throw new ValidationException("One or more parameter values were invalid: ProjectionType is " + i.projectionType()
          + ", but NonKeyAttributes is specified for index " + i.indexName());
    }
  }

  /** One attribute used as a key in several places must have one type. */
  static void declare(Map<String, AttributeType> types, KeySchema k) {
    put(types, k.partitionKey(), k.partitionType());
    if (k.hasSortKey()) put(types, k.sortKey(), k.sortType());
  }

  private static void put(Map<String, AttributeType> types, String name, AttributeType type) {
    AttributeType prior = types.putIfAbsent(name, type);
    if (prior != null && prior != type) {
      throw new ValidationException("Cannot have two attributes with the same name but different types: "
          + name + " is " + prior + " and " + type);
    }
  }

  private static void checkProjectedCount(List<SecondaryIndex> g, List<SecondaryIndex> l) {
    int n = 0;
    for (SecondaryIndex i : g) n += i.nonKeyAttributes().size();
    for (SecondaryIndex i : l) n += i.nonKeyAttributes().size();
    if (n > MAX_PROJECTED) {
      throw new ValidationException("One or more parameter values were invalid: Number of projected attributes in all indexes exceeds limit of "
          + MAX_PROJECTED + ", number of projected attributes:" + n);
    }
  }

  private static void checkBilling(CreateTableRequest r) {
    if (r.billingMode() == BillingMode.PROVISIONED && (r.readCapacityUnits() < 1 || r.writeCapacityUnits() < 1)) {
      throw new ValidationException("One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits must both be at least 1 for a PROVISIONED table: " + r.tableName());
    }
    if (r.billingMode() == BillingMode.PAY_PER_REQUEST && (r.readCapacityUnits() != 0 || r.writeCapacityUnits() != 0)) {
      throw new ValidationException("One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST");
    }
    if (!r.tableClass().equals("STANDARD") && !r.tableClass().equals("STANDARD_INFREQUENT_ACCESS")) {
      throw new ValidationException("1 validation error detected: Value '" + r.tableClass()
          + "' at 'tableClass' failed to satisfy constraint: Member must satisfy enum value set: [STANDARD, STANDARD_INFREQUENT_ACCESS]");
    }
  }
}
