package io.dynasql.engine.ops;

import io.dynasql.engine.api.SecondaryIndex;
import io.dynasql.engine.api.TableDescription;
import io.dynasql.engine.api.UpdateTableRequest;
import io.dynasql.engine.catalog.IndexDescriptor;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.error.ResourceNotFoundException;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.IndexKind;
import io.dynasql.engine.store.Meta;
import io.dynasql.engine.store.RangeCursor;
import io.dynasql.engine.table.ItemStore;
import io.dynasql.engine.table.PhysicalKeys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agrona.DirectBuffer;
import org.lmdbjava.Txn;

/**
 * Index life cycle: UpdateTable's create (with backfill of the existing items, in the same
 * transaction, so the index is complete as soon as it is visible) and delete, and dropping a
 * keyspace.
 */
final class IndexBuilder {
  private IndexBuilder() {}

  static IndexDescriptor descriptor(Engine engine, Txn<DirectBuffer> txn, SecondaryIndex i, IndexKind kind) {
    return new IndexDescriptor(i.indexName(), engine.catalog().allocateKeyspace(txn), kind,
        i.keySchema(), i.projectionType(), i.nonKeyAttributes());
  }

  static TableDescription updateTable(Engine engine, TableOperations tables, UpdateTableRequest r) {
    for (SecondaryIndex i : r.createGlobalIndexes()) Names.checkIndex(i.indexName());
    StreamSettings.validate(r.streamSpecification(), r.tableName());
    return engine.writer().submit(txn -> {
      TableDescriptor t = engine.catalog().table(txn, r.tableName());
      List<IndexDescriptor> indexes = new ArrayList<>(t.indexes());
      for (String name : r.deleteGlobalIndexes()) {
        IndexDescriptor gone = indexes.stream().filter(i -> i.name().equals(name) && i.kind() == IndexKind.GLOBAL)
            .findFirst().orElseThrow(() -> new ResourceNotFoundException(
                "Requested resource not found: Index: " + name + " not found on table " + t.name()));
        indexes.remove(gone);
        dropKeyspace(engine, txn, gone.keyspace());
      }
      List<IndexDescriptor> added = new ArrayList<>();
      for (SecondaryIndex s : r.createGlobalIndexes()) {
        checkNewIndex(t, indexes, s);
        IndexDescriptor d = descriptor(engine, txn, s, IndexKind.GLOBAL);
        indexes.add(d);
        added.add(d);
      }
      TableDescriptor next = t.withIndexes(indexes);
      if (r.billingMode() != null || r.readCapacityUnits() != null) {
        next = next.withBilling(r.billingMode() == null ? t.billingMode() : r.billingMode(),
            r.readCapacityUnits() == null ? t.readCapacity() : r.readCapacityUnits(),
            r.writeCapacityUnits() == null ? t.writeCapacity() : r.writeCapacityUnits());
      }
      for (IndexDescriptor d : added) backfill(engine, txn, next, d);
      next = StreamSettings.apply(engine, txn, next, r.streamSpecification());
      engine.catalog().put(txn, next);
      return tables.describe(txn, next);
    });
  }

  private static void checkNewIndex(TableDescriptor t, List<IndexDescriptor> indexes, SecondaryIndex s) {
    if (indexes.stream().anyMatch(i -> i.name().equals(s.indexName()))) {
      throw new ValidationException("One or more parameter values were invalid: Index with name " + s.indexName()
          + " already exists on table " + t.name());
    }
    long gsis = indexes.stream().filter(i -> i.kind() == IndexKind.GLOBAL).count();
    if (gsis >= TableSchemaValidator.MAX_GSI) {
      throw new io.dynasql.engine.error.LimitExceededException("GlobalSecondaryIndex count exceeds the per-table limit of "
          + TableSchemaValidator.MAX_GSI + " on table " + t.name());
    }
    Map<String, AttributeType> types = new HashMap<>();
    TableSchemaValidator.declare(types, t.keySchema());
    for (IndexDescriptor i : indexes) TableSchemaValidator.declare(types, i.keySchema());
    TableSchemaValidator.declare(types, s.keySchema());
  }

  /** Writes the new index's entry for every existing item. */
  private static void backfill(Engine engine, Txn<DirectBuffer> txn, TableDescriptor t, IndexDescriptor d) {
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    try (RangeCursor c = tableRange(engine, txn, t.keyspace())) {
      while (c.next()) {
        items.add(ItemStore.decodeSized(t.name(), () -> PhysicalKeys.describe(c.key()), c.val(), null).item());
      }
    }
    for (Map<String, AttributeValue> item : items) {
      engine.items().backfill(txn, t, d, item);
    }
  }

  /** A cursor over a whole keyspace. */
  static RangeCursor tableRange(Engine engine, Txn<DirectBuffer> txn, int keyspace) {
    return new RangeCursor(engine.store().data(), txn, intBytes(keyspace), intBytes(keyspace + 1), true);
  }

  /** Deletes every entry of a keyspace and its statistics. */
  static void dropKeyspace(Engine engine, Txn<DirectBuffer> txn, int keyspace) {
    try (RangeCursor c = tableRange(engine, txn, keyspace)) {
      while (c.next()) engine.store().writes().deleteCurrent(c);
    }
    engine.meta().delete(txn, Meta.countKey(keyspace));
    engine.meta().delete(txn, Meta.bytesKey(keyspace));
  }

  static byte[] intBytes(int v) {
    return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
  }
}
