package io.dynasql.engine.backup;

import io.dynasql.engine.api.IndexSelection;
import io.dynasql.engine.catalog.IndexDescriptor;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.codec.ItemSize;
import io.dynasql.engine.error.TableAlreadyExistsException;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.ops.Engine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agrona.DirectBuffer;
import org.lmdbjava.Txn;

/**
 * The new table a restore fills, inside the writer's transaction: the source's key schema,
 * indexes (those the request keeps, each rebuilt from the items as they are written), billing,
 * class, partitions and SQL columns; not its stream, TTL or point-in-time recovery settings,
 * which DynamoDB leaves to be set again on the restored table
 * (APIReference/API_RestoreTableToPointInTime.html).
 */
final class RestoreTarget {
  private final Engine engine;
  private final Txn<DirectBuffer> txn;
  private final TableDescriptor table;

  private RestoreTarget(Engine engine, Txn<DirectBuffer> txn, TableDescriptor table) {
    this.engine = engine;
    this.txn = txn;
    this.table = table;
  }

  /** Checks the request against {@code source}; throws before writing anything. */
  static void check(TableDescriptor source, String target, IndexSelection indexes) {
    if (indexes instanceof IndexSelection.Only only) {
      for (String n : only.names()) {
        if (source.indexes().stream().noneMatch(i -> i.name().equals(n))) {
          throw new ValidationException("One or more parameter values were invalid: index " + n
              + " is not an index of the backed-up table " + source.name() + " (restoring to " + target + ")");
        }
      }
    }
  }

  /**
   * Creates the table {@code name} in the catalog, or throws TableAlreadyExistsException before
   * writing anything when a table has that name.
   */
  static RestoreTarget create(Engine engine, Txn<DirectBuffer> txn, TableDescriptor source, String name,
      IndexSelection keep) {
    if (engine.catalog().tables(txn).containsKey(name)) {
      throw new TableAlreadyExistsException("Table already exists: " + name + " (a restore creates a new table;"
          + " drop it or choose another name)");
    }
    List<IndexDescriptor> indexes = new ArrayList<>();
    for (IndexDescriptor i : source.indexes()) {
      if (!keep.keeps(i.name())) continue;
      indexes.add(new IndexDescriptor(i.name(), engine.catalog().allocateKeyspace(txn), i.kind(), i.keySchema(),
          i.projectionType(), i.nonKeyAttributes()));
    }
    TableDescriptor t = new TableDescriptor(name, engine.catalog().allocateKeyspace(txn), source.keySchema(), indexes,
        source.billingMode(), source.readCapacity(), source.writeCapacity(), source.tableClass(), source.partitions(),
        engine.clock().millis(), source.columns(), source.columnsKnown());
    engine.catalog().put(txn, t);
    return new RestoreTarget(engine, txn, t);
  }

  TableDescriptor table() {
    return table;
  }

  /** Writes an item of the snapshot (the table holds no item with its key yet). */
  void add(Map<String, AttributeValue> item) {
    engine.items().put(txn, table, item, null, ItemSize.of(item), 0);
  }

  /** Sets the item with {@code key} to {@code image}, or deletes it when {@code image} is null. */
  void apply(ImageChange change) {
    Map<String, AttributeValue> old = engine.items().get(txn, table, change.key());
    int oldSize = old == null ? 0 : ItemSize.of(old);
    if (change.image() == null) {
      if (old != null) engine.items().delete(txn, table, old, oldSize);
    } else {
      engine.items().put(txn, table, change.image(), old, ItemSize.of(change.image()), oldSize);
    }
  }
}
