package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The examples of docs/federation.md, run in order against the H2 source they declare. */
class FederationDocTest {
  @Test
  void examplesRun() throws Exception {
    try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:docs_crm", "sa", "");
        Statement hs = h2.createStatement()) {
      hs.execute("CREATE TABLE IF NOT EXISTS customers (id INT PRIMARY KEY, name VARCHAR(40), city VARCHAR(40), balance DECIMAL(10,2))");
      hs.execute("MERGE INTO customers VALUES (1, 'Ada', 'London', 10.50), (2, 'Brian', 'Paris', 0), (3, 'Chen', 'London', 99.99)");
      try (Connection conn = DriverManager.getConnection("jdbc:dynasql:mem:fed_docs"); Statement s = conn.createStatement()) {
        for (String section : List.of("## Declaring a source", "## Querying", "## Labels", "## Joins across sources",
            "## Copying from a source")) {
          for (String sql : DocSql.statements(DocSql.block(DocSql.section("federation.md", section), "sql"))) {
            if (s.execute(sql)) {
              try (ResultSet rs = s.getResultSet()) {
                assertTrue(rs.next(), sql + " returned no row");
                if (sql.startsWith("EXPLAIN")) {
                  String plan = rs.getString(1);
                  assertTrue(plan.contains("sql=[SELECT \"NAME\", \"BALANCE\" FROM \"PUBLIC\".\"CUSTOMERS\" WHERE \"ID\" > ? AND"
                      + " \"CITY\" = ? ORDER BY \"BALANCE\" DESC NULLS FIRST LIMIT ?]"), plan);
                }
                if (sql.contains("JOIN")) {
                  assertEquals("Ada", rs.getString(1));
                }
                if (sql.contains("LIKE 'INSERT INTO london_customers%'")) {
                  assertEquals("REMOTE_SQL", rs.getString(1));
                  assertEquals(2, rs.getLong(2));
                  assertTrue(rs.next());
                  assertEquals("WRITE|2|4.0|true", rs.getString(1) + "|" + rs.getLong(2) + "|" + rs.getDouble(3) + "|" + rs.getBoolean(4));
                }
              }
            }
          }
        }
      }
    }
  }
}
