package io.dynasql.tck.clients;

import static io.dynasql.engine.model.AttributeValue.l;
import static io.dynasql.engine.model.AttributeValue.m;
import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.ns;
import static io.dynasql.engine.model.AttributeValue.s;
import static io.dynasql.engine.model.AttributeValue.ss;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.jdbc.DynasqlConnection;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The database every client test opens: made in this JVM through the driver (DDL and INSERT),
 * plus the engine API for what SQL cannot write (maps, lists, number sets), then closed so the
 * child JVM opens a quiet directory. It has a partition-key-only table, two partition + sort key
 * tables, a local and a global secondary index, mixed-case quoted names, 38-digit numbers, and
 * the names {@code order_lines} and {@code orderXlines}: an unescaped {@code order_lines}
 * pattern matches both, so a client that escapes {@code _} is told apart from one that does not.
 */
final class ClientDatabase {
  static final String CUSTOMERS = "customers";
  static final String ORDER_LINES = "order_lines";
  static final String ORDER_X_LINES = "orderXlines";
  /** Local secondary index of order_lines: ("orderId", sku). */
  static final String LSI = "lines_by_sku";
  /** Global secondary index of orderXlines: (status, "lineNo"). */
  static final String GSI = "by_status";
  /** 38 significant digits, DynamoDB's limit. */
  static final String BIG = "99999999999999999999999999999999999999";
  static final String SMALL = "0.1234567890123456789012345678901234567";
  static final int ORDER_LINE_ROWS = 6;

  private ClientDatabase() {}

  /** Creates the database in {@code dir} and returns its URL; every connection is closed on return. */
  static String create(Path dir) throws SQLException {
    String url = "jdbc:dynasql:" + dir.toAbsolutePath();
    try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE customers (\"customerId\" VARCHAR PRIMARY KEY, \"fullName\" VARCHAR, tags VARCHAR ARRAY,"
          + " scores DECIMAL ARRAY, profile JSON, history JSON, balance DECIMAL(38, 0), ratio DECIMAL(38, 37))");
      st.execute("CREATE TABLE order_lines (\"orderId\" VARCHAR, \"lineNo\" BIGINT, sku VARCHAR, qty INTEGER,"
          + " price DECIMAL(10, 2), PRIMARY KEY (\"orderId\", \"lineNo\"), LOCAL INDEX lines_by_sku (sku))");
      st.execute("CREATE TABLE \"orderXlines\" (\"orderId\" VARCHAR, \"lineNo\" BIGINT, status VARCHAR,"
          + " PRIMARY KEY (\"orderId\", \"lineNo\"))");
      st.execute("CREATE INDEX by_status ON \"orderXlines\" (status, \"lineNo\")");
      st.execute("INSERT INTO order_lines VALUES ('o-1', 1, 'sku-a', 2, 9.99), ('o-1', 2, 'sku-b', 1, 100.00),"
          + " ('o-1', 3, 'sku-c', 7, 0.5), ('o-2', 1, 'sku-a', 5, 9.99), ('o-2', 2, 'sku-c', 1, 0.5), ('o-3', 1, 'sku-b', 3, 100)");
      st.execute("INSERT INTO \"orderXlines\" VALUES ('o-1', 1, 'NEW'), ('o-1', 2, 'PAID'), ('o-2', 1, 'NEW')");
      Database db = c.unwrap(DynasqlConnection.class).database();
      db.putItem(PutItemRequest.of(CUSTOMERS, Map.of("customerId", s("c-1"), "fullName", s("Ada Lovelace"),
          "tags", ss("math", "engines"), "scores", ns("1", "2.5", "-3"),
          "profile", m(Map.of("city", s("London"), "address", m(Map.of("street", s("St James's Square"), "no", n(12))))),
          "history", l(s("joined"), n(1843), l(s("note"), m(Map.of("k", s("v"))))),
          "balance", n(BIG), "ratio", n(SMALL))));
      db.putItem(PutItemRequest.of(CUSTOMERS, Map.of("customerId", s("c-2"), "fullName", s("Charles Babbage"),
          "tags", ss("engines"), "balance", n("-" + BIG), "ratio", n("-" + SMALL))));
      db.putItem(PutItemRequest.of(CUSTOMERS, Map.of("customerId", s("c-3"), "fullName", s("Grace Hopper"),
          "balance", n("1E+37"), "ratio", n("1E-37"))));
    }
    return url;
  }
}
