package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * A transaction's writes are applied at commit, so that is where they are labelled (issue 11,
 * item 3): one WRITE line in sys.access_log under the statement text COMMIT, with the write units
 * of the atomic write DynamoDB would run (TransactWriteItems: 2 units per 1 KB item).
 */
class CommitLabelTest {
  @Test
  void committedWritesAreLabelledAtCommit() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:dynasql:mem:commit-label"); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE ledger (pk VARCHAR, n BIGINT, PRIMARY KEY (pk))");
      c.setAutoCommit(false);
      st.executeUpdate("INSERT INTO ledger VALUES ('a', 1)");
      st.executeUpdate("INSERT INTO ledger VALUES ('b', 2)");
      c.commit();
      c.setAutoCommit(true);
      try (ResultSet rs = st.executeQuery("SELECT access, table_name, items_returned, write_units, \"sql\" FROM sys.access_log "
          + "WHERE \"sql\" = 'COMMIT'")) {
        assertTrue(rs.next(), "no line for the commit");
        assertEquals("WRITE", rs.getString(1));
        assertEquals("ledger", rs.getString(2));
        assertEquals(2, rs.getLong(3));
        assertEquals(4.0, rs.getDouble(4), "two items under 1 KB in one transaction: 2 x 2 units");
      }
      c.setAutoCommit(false);
      c.commit(); // nothing pending: nothing written, no line
      try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM sys.access_log WHERE \"sql\" = 'COMMIT'")) {
        rs.next();
        assertEquals(1, rs.getLong(1));
      }
    }
  }
}
