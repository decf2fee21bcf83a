package io.dynasql.engine.ops;

import io.dynasql.engine.api.QueryRequest;
import io.dynasql.engine.api.ScanRequest;
import io.dynasql.engine.catalog.IndexDescriptor;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.expr.Condition;
import io.dynasql.engine.expr.Expressions;
import io.dynasql.engine.expr.KeyCondition;
import io.dynasql.engine.model.KeySchema;
import java.util.List;
import java.util.Set;
import org.agrona.DirectBuffer;
import org.lmdbjava.Txn;

/**
 * The typed halves of Query and Scan requests: key conditions, filters and projections given as
 * trees and attribute sets (the SQL layer's way) instead of expression strings. A typed filter
 * is taken as the reader's own predicate, so it may name key attributes (SQL pushes
 * {@code sk <> x} as a filter); everything else is checked as for the strings.
 */
final class TypedReads {
  private TypedReads() {}

  static boolean typed(QueryRequest r) {
    return r.keyCondition() != null || r.filter() != null || r.attributes() != null
        || r.readSet() != null || r.expectedTable() != null;
  }

  static boolean typed(ScanRequest r) {
    return r.filter() != null || r.attributes() != null || r.readSet() != null || r.expectedTable() != null;
  }

  /** The table the request names: its expected catalog entry when still current, else the catalog's. */
  static TableDescriptor table(Engine engine, Txn<DirectBuffer> txn, String name, TableDescriptor expected, String index) {
    if (expected == null) return engine.catalog().table(txn, name);
    if (!expected.name().equals(name)) {
      throw new ValidationException("The expected table " + expected.name() + " is not the table requested, " + name);
    }
    engine.catalog().checkCurrent(txn, expected, index == null ? null : expected.index(index));
    return expected;
  }

  /** The key condition of a Query: the tree, or else null (then the expression string). */
  static KeyCondition keyCondition(QueryRequest r, KeySchema ks) {
    KeyCondition k = r.keyCondition();
    if (k == null) return null;
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

  /** A typed filter, compiled; checks that no expression string was given beside it. */
  static Compiled.Condition filter(Condition tree, String text, String table) {
    if (tree == null) return null;
    both("FilterExpression", text, table);
    return item -> Expressions.evaluate(tree, item);
  }

  /** A typed projection; checks that no expression string was given beside it. */
  static Compiled.Projection projection(Set<String> attributes, String text, String table) {
    if (attributes == null) return null;
    both("ProjectionExpression", text, table);
    return new Compiled.Attributes(attributes);
  }

  /** Whether a local index read must fetch table items for typed attributes it does not project. */
  static boolean needsTable(IndexDescriptor idx, Set<String> attributes, TableDescriptor t) {
    return attributes != null && ReadOperations.needsTable(idx, null, List.copyOf(attributes), "", t);
  }

  private static void both(String what, String text, String table) {
    if (text != null) {
      throw new ValidationException("Both a " + what + " and its typed tree were given (table " + table + "): give one");
    }
  }
}
