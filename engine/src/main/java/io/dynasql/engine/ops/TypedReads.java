package io.dynasql.engine.ops;

import io.dynasql.engine.api.ItemSink;
import io.dynasql.engine.api.PageResponse;
import io.dynasql.engine.api.QueryRequest;
import io.dynasql.engine.api.ScanRequest;
import io.dynasql.engine.catalog.IndexDescriptor;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.expr.Condition;
import io.dynasql.engine.expr.KeyCondition;
import io.dynasql.engine.model.KeySchema;
import java.util.List;
import java.util.Set;
import org.agrona.DirectBuffer;
import org.lmdbjava.Txn;

/**
 * Query and Scan requests with typed parts: key conditions, filters and projections given as
 * trees and attribute sets (the SQL layer's way) instead of expression strings, a read set, an
 * expected table. A typed filter is taken as the reader's own predicate, so it may name key
 * attributes (SQL pushes {@code sk <> x} as a filter); everything else is checked as for the
 * strings. With an expected table, its descriptors were resolved in an earlier transaction (the
 * statement's planning, or its previous page), so the table and index are checked to be still
 * those in this one: once per page, not per item.
 */
final class TypedReads {
  private final Engine engine;
  private final PageReader reader;

  TypedReads(Engine engine, PageReader reader) {
    this.engine = engine;
    this.reader = reader;
  }

  static boolean typed(QueryRequest r) {
    return r.keyCondition() != null || r.filter() != null || r.attributes() != null
        || r.readSet() != null || r.expectedTable() != null;
  }

  static boolean typed(ScanRequest r) {
    return r.filter() != null || r.attributes() != null || r.readSet() != null || r.expectedTable() != null;
  }

  PageResponse query(QueryRequest r, ItemSink sink) {
    return engine.store().read(txn -> {
      TableDescriptor t = table(txn, r.tableName(), r.expectedTable(), r.indexName());
      IndexDescriptor idx = r.indexName() == null ? null : t.index(r.indexName());
      KeySchema ks = idx == null ? t.keySchema() : idx.keySchema();
      RequestExpressions ex = RequestExpressions.of(r.expr());
      KeyCondition typedKey = keyCondition(r, ks);
      RequestExpressions.Key key = typedKey != null
          ? new RequestExpressions.Key(typedKey.partitionValue(), typedKey.sortCondition())
          : ex.keyCondition(r.keyConditionExpression(), ks);
      Compiled.Condition filter = r.filter() != null
          ? filter(r.filter(), r.filterExpression(), r.tableName()) : ex.filter(r.filterExpression(), ks);
      Compiled.Projection proj = r.attributes() != null
          ? projection(r.attributes(), r.projectionExpression(), r.tableName()) : ex.projection(r.projectionExpression());
      ex.checkAllUsed();
      ReadPlan p = new ReadPlan(t, idx, key.partitionKey(), key.sort(), filter, proj, r.scanIndexForward(), r.limit(),
          ReadOperations.startKey(t, idx, r.exclusiveStartKey()),
          ReadOperations.select(t, idx, r.select(), r.projectionExpression(), r.consistentRead()), r.consistentRead(),
          0, 1, fetch(idx, r.select(), r.attributes(), ex, r.projectionExpression(), t), r.readSet());
      return reader.read(txn, p, sink);
    });
  }

  PageResponse scan(ScanRequest r, int segment, int total, ItemSink sink) {
    return engine.store().read(txn -> {
      TableDescriptor t = table(txn, r.tableName(), r.expectedTable(), r.indexName());
      IndexDescriptor idx = r.indexName() == null ? null : t.index(r.indexName());
      RequestExpressions ex = RequestExpressions.of(r.expr());
      Compiled.Condition filter = r.filter() != null
          ? filter(r.filter(), r.filterExpression(), r.tableName()) : ex.condition("FilterExpression", r.filterExpression());
      Compiled.Projection proj = r.attributes() != null
          ? projection(r.attributes(), r.projectionExpression(), r.tableName()) : ex.projection(r.projectionExpression());
      ex.checkAllUsed();
      ReadPlan p = new ReadPlan(t, idx, null, null, filter, proj, true, r.limit(),
          ReadOperations.startKey(t, idx, r.exclusiveStartKey()),
          ReadOperations.select(t, idx, r.select(), r.projectionExpression(), r.consistentRead()), r.consistentRead(),
          segment, total, fetch(idx, r.select(), r.attributes(), ex, r.projectionExpression(), t), r.readSet());
      return reader.read(txn, p, sink);
    });
  }

  /** The table the request names: its expected catalog entry when still current, else the catalog's. */
  private TableDescriptor table(Txn<DirectBuffer> txn, String name, TableDescriptor expected, String index) {
    if (expected == null) return engine.catalog().table(txn, name);
    if (!expected.name().equals(name)) {
      throw new ValidationException("The expected table " + expected.name() + " is not the table requested, " + name);
    }
    engine.catalog().checkCurrent(txn, expected, index == null ? null : expected.index(index));
    return expected;
  }

  /** The key condition of a Query as a tree, or null when it is given as a string (which must then be). */
  private static KeyCondition keyCondition(QueryRequest r, KeySchema ks) {
    KeyCondition k = r.keyCondition();
    if (k == null) {
      if (r.keyConditionExpression() == null) {
        throw new ValidationException("Either the KeyConditions or KeyConditionExpression parameter must be specified in the request (table " + r.tableName() + ")");
      }
      return null;
    }
    both("KeyConditionExpression", r.keyConditionExpression(), r.tableName());
    if (!k.partitionKey().equals(ks.partitionKey())) {
      throw new ValidationException("Query condition missed key schema element: " + ks.partitionKey()
          + " (the typed key condition names " + k.partitionKey() + ", table " + r.tableName() + ")");
    }
    if (k.sortCondition() != null && !k.sortCondition().name().equals(ks.sortKey())) {
      throw new ValidationException("Query key condition not supported: " + k.sortCondition().name()
          + " is not the sort key" + (ks.hasSortKey() ? " (" + ks.sortKey() + ")" : "") + " of table " + r.tableName());
    }
    return k;
  }

  private static Compiled.Condition filter(Condition tree, String text, String table) {
    both("FilterExpression", text, table);
    return Compiled.Filter.of(tree);
  }

  private static Compiled.Projection projection(Set<String> attributes, String text, String table) {
    both("ProjectionExpression", text, table);
    return new Compiled.Attributes(attributes);
  }

  /** Whether a local index read must fetch table items for attributes it does not project. */
  private static boolean fetch(IndexDescriptor idx, io.dynasql.engine.api.Select select, Set<String> attributes,
      RequestExpressions ex, String projection, TableDescriptor t) {
    if (attributes != null) return ReadOperations.needsTable(idx, null, List.copyOf(attributes), "typed", t);
    return ReadOperations.needsTable(idx, select, ex.projectedTopLevelNames(), projection, t);
  }

  private static void both(String what, String text, String table) {
    if (text != null) {
      throw new ValidationException("Both a " + what + " and its typed tree were given (table " + table + "): give one");
    }
  }
}
