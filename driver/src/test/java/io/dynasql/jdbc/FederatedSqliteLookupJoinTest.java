package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Semi-join reduction into SQLite, whose statements take at most 999 parameters by default
 * (https://www.sqlite.org/limits.html, SQLITE_MAX_VARIABLE_NUMBER): 1,500 keys go in two
 * statements, and the join answers as SQLite answers it with both tables inside it.
 */
class FederatedSqliteLookupJoinTest {
  @TempDir
  Path dir;

  @Test
  void keysAreSplitAtSqlitesParameterLimit() throws SQLException {
    String url = "jdbc:sqlite:" + dir.resolve("crm.db");
    StringBuilder small = new StringBuilder("INSERT INTO orders (pk, seq, customer_id) VALUES ");
    for (int i = 0; i < 400; i++) small.append(i > 0 ? ", " : "").append("('p").append(i).append("', 1, 1)");
    StringBuilder big = new StringBuilder("INSERT INTO orders (pk, seq, customer_id) VALUES ");
    for (int i = 1; i <= 1500; i++) big.append(i > 1 ? ", " : "").append("('big', ").append(i).append(", ").append(i * 2).append(')');
    try (Connection sqlite = DriverManager.getConnection(url); Statement s = sqlite.createStatement()) {
      s.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name VARCHAR(20))");
      StringBuilder rows = new StringBuilder("INSERT INTO customers VALUES (0, 'c0')");
      for (int i = 1; i <= 2500; i++) rows.append(", (").append(i).append(", 'c").append(i).append("')");
      s.execute(rows.toString());
      s.execute("CREATE TABLE orders (pk VARCHAR(10), seq BIGINT, customer_id BIGINT)");
      s.execute(small.toString());
      s.execute(big.toString());
      try (Connection conn = DriverManager.getConnection("jdbc:dynasql:mem:sqlitesemi"); Statement d = conn.createStatement()) {
        d.execute("CREATE SOURCE lite TYPE JDBC OPTIONS (url '" + url + "', pool_size '1')");
        d.execute("CREATE TABLE orders (pk VARCHAR(10), seq BIGINT, customer_id BIGINT, PRIMARY KEY (pk, seq))");
        d.execute(small.toString());
        d.execute(big.toString());
        String sql = "SELECT o.seq, c.name FROM orders o JOIN lite.customers c ON c.id = o.customer_id WHERE o.pk = 'big'";
        String plan = String.join("\n", FederatedH2SourceTest.rows(conn, "EXPLAIN PLAN FOR " + sql));
        assertTrue(plan.contains("RemoteLookupJoin") && plan.contains("batch_size=[999]"), plan);
        List<String> ours;
        try (ResultSet rs = d.executeQuery(sql)) {
          ours = new ArrayList<>();
          while (rs.next()) ours.add(rs.getLong(1) + "|" + rs.getString(2));
        }
        String remote = d.unwrap(DynasqlStatement.class).accessLines().stream().map(Object::toString)
            .filter(l -> l.startsWith("access=REMOTE_SQL")).findFirst().orElseThrow();
        // keys 2, 4, ... 3000; 1,250 of them are customers: 999 keys, then 501, in two statements
        assertTrue(remote.contains("IN (" + "?, ".repeat(998) + "?)"), remote);
        assertTrue(remote.contains(" rows=1250 "), remote);
        List<String> theirs = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql.replace("lite.", ""))) {
          while (rs.next()) theirs.add(rs.getLong(1) + "|" + rs.getString(2));
        }
        Collections.sort(ours);
        Collections.sort(theirs);
        assertEquals(theirs, ours);
        assertEquals(1250, ours.size());
      }
    }
  }
}
