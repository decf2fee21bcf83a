package io.dynasql.pushdown;

import io.dynasql.engine.model.AttributeValue;
import io.dynasql.pushdown.backend.TableBackend;
import io.dynasql.pushdown.backend.TableShape;
import java.util.List;
import java.util.Map;

/**
 * A table as the pushdown rules and the access runner see it: a {@link TableBackend} to read,
 * and SQL columns over it. The Calcite adapter implements it: it owns the column model and the
 * conversions between attribute values and SQL values.
 */
public interface DynamoSource {
  /** The store the table lives in, as the rules and the runner read it. */
  TableBackend backend();

  /** The table's name, keys and indexes. */
  default TableShape shape() {
    return backend().shape();
  }

  /** The columns, in row-type order. */
  List<ColumnRef> columns();

  /**
   * The SQL value of column {@code field} in {@code item} (null when absent or of another type);
   * a value converted leniently is noted on {@code report} (null: not noted).
   */
  Object toSql(Map<String, AttributeValue> item, int field, AccessReport report);

  /**
   * Whether column {@code field}'s SQL value is read straight off its attribute for the type it
   * usually holds ({@link DirectRead}), or null when only {@link #toSql} may read it (the default:
   * a column converted, scaled or checked in other ways).
   */
  default DirectRead directRead(int field) {
    return null;
  }

  /** The attribute value a SQL value of column {@code field} is stored as, or null if it cannot be. */
  AttributeValue toAttribute(int field, Object sqlValue);

  /**
   * The attributes a read projected to {@code attribute} must also return because the source
   * reads that attribute's value with them (a view's sum, with the scales of its values); none
   * for most.
   */
  default List<String> readWith(String attribute) {
    return List.of();
  }

  /** Estimated number of items, for costing and messages. */
  default long itemCount() {
    return backend().statistics().table().items();
  }

  /** Whether the pushdown rules may narrow accesses to this table (false: always a plain SCAN). */
  default boolean pushdown() {
    return true;
  }

  /**
   * Whether reads are strongly consistent (the connection's {@code consistentRead}): a full read
   * unit per 4 KB instead of half. DynamoDB cannot read a global index consistently, so such a
   * source is never read through one unless a hint forces it (and then eventually consistently).
   */
  default boolean consistentRead() {
    return false;
  }

  /**
   * Dollars per million read units (the connection's {@code readUnitPrice}), for estimates;
   * DynamoDB on-demand in us-east-1 unless the connection says otherwise.
   */
  default double readUnitPrice() {
    return 0.125;
  }

  /**
   * Dollars per million write units (the connection's {@code writeUnitPrice}), for estimates;
   * DynamoDB on-demand in us-east-1 unless the connection says otherwise.
   */
  default double writeUnitPrice() {
    return 0.625;
  }

  /** The materialized views kept over this table, which may answer its GROUP BY queries. */
  default List<io.dynasql.pushdown.backend.ViewShape> materializedViews() {
    return List.of();
  }

  /** An index the user forced for this table reference (a hint), or null. */
  default String forcedIndex() {
    return null;
  }

  /** Whether the user forbade secondary indexes for this table reference (a hint). */
  default boolean indexesForbidden() {
    return false;
  }

  /**
   * The declared source this table is read from (a DynamoDB endpoint), or null for a table of
   * the local store: a source's accesses are labelled with its name, their round trips and time.
   */
  default String sourceName() {
    return null;
  }

  /**
   * Whether and how reads leave out items whose TTL has passed (the connection's {@code
   * hideExpired} on a table with TTL enabled), or null when they read like any item.
   */
  default HiddenExpiry hiddenExpiry() {
    return null;
  }
}
