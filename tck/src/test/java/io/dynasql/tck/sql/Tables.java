package io.dynasql.tck.sql;

import java.util.List;

/**
 * The three tables of the differential SQL tests. Their CREATE TABLE text is standard enough
 * that dynasql and H2 both run it unchanged; the secondary indexes are dynasql's own (H2 would
 * answer the same without them, so it does not get them).
 */
final class Tables {
  /** The SQL types the tables use, each read back as one Java class by both engines. */
  enum Kind { STRING, BIGINT, INTEGER, SMALLINT, DECIMAL, DOUBLE, BOOLEAN }

  /** One column; {@code key} marks the table's primary key columns (never NULL). */
  record Column(String name, Kind kind, boolean key) {
    boolean numeric() {
      return kind != Kind.STRING && kind != Kind.BOOLEAN;
    }
  }

  /**
   * One table.
   *
   * @param sortKey the sort key column, or null for a partition-key-only table
   * @param indexes dynasql's CREATE INDEX statements
   */
  record Table(String name, List<Column> columns, String partitionKey, String sortKey, String ddl, List<String> indexes) {
    Column column(String n) {
      for (Column c : columns) if (c.name().equals(n)) return c;
      throw new IllegalArgumentException(n);
    }

    /** The primary key columns, partition key first: appended to ORDER BY they make it a total order. */
    List<String> key() {
      return sortKey == null ? List.of(partitionKey) : List.of(partitionKey, sortKey);
    }
  }

  /** Partition key only (GET and BATCH_GET by name), and a global index with a string sort key. */
  static final Table CUSTOMERS = new Table("customers", List.of(
      new Column("customer", Kind.STRING, true), new Column("city", Kind.STRING, false),
      new Column("vip", Kind.BOOLEAN, false), new Column("since", Kind.BIGINT, false)),
      "customer", null,
      "CREATE TABLE customers (customer VARCHAR PRIMARY KEY, city VARCHAR, vip BOOLEAN, since BIGINT)",
      List.of("CREATE INDEX byCity ON customers (city, customer)"));

  /** Partition and sort key, and a global index with projection ALL on (status, id). */
  static final Table ORDERS = new Table("orders", List.of(
      new Column("customer", Kind.STRING, true), new Column("id", Kind.BIGINT, true),
      new Column("status", Kind.STRING, false), new Column("total", Kind.DECIMAL, false),
      new Column("qty", Kind.INTEGER, false), new Column("note", Kind.STRING, false)),
      "customer", "id",
      "CREATE TABLE orders (customer VARCHAR, id BIGINT, status VARCHAR, total DECIMAL(12, 2), qty INTEGER,"
          + " note VARCHAR, PRIMARY KEY (customer, id))",
      List.of("CREATE INDEX byStatus ON orders (status, id)"));

  /**
   * A numeric partition key, DOUBLE and SMALLINT columns, a KEYS_ONLY index on (customer, amount)
   * that can serve only queries reading no other column, and an index without a sort key.
   */
  static final Table EVENTS = new Table("events", List.of(
      new Column("id", Kind.BIGINT, true), new Column("customer", Kind.STRING, false),
      new Column("kind", Kind.STRING, false), new Column("amount", Kind.DOUBLE, false),
      new Column("score", Kind.SMALLINT, false)),
      "id", null,
      "CREATE TABLE events (id BIGINT PRIMARY KEY, customer VARCHAR, kind VARCHAR, amount DOUBLE, score SMALLINT)",
      List.of("CREATE INDEX byCustomer ON events (customer, amount) KEYS_ONLY", "CREATE INDEX byKind ON events (kind)"));

  static final List<Table> ALL = List.of(CUSTOMERS, ORDERS, EVENTS);

  private Tables() {}
}
