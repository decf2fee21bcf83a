package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.api.TimeToLiveDescription;
import io.dynasql.engine.model.TimeToLiveStatus;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/ttl.md's "From SQL" example runs as printed, and the refusal it describes is the one
 * UpdateTimeToLive gives (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTimeToLive.html).
 */
class TtlSqlDocTest {
  @Test
  void theDocsExampleRunsAndASecondChangeIsRefusedAsItSays() throws IOException, SQLException {
    String section = DocSql.section("ttl.md", "## From SQL");
    List<String> statements = DocSql.statements(DocSql.block(section, "sql"));
    assertEquals(4, statements.size(), statements.toString());
    try (Connection c = DriverManager.getConnection("jdbc:dynasql:mem:ttl-doc"); Statement st = c.createStatement()) {
      for (String sql : statements.subList(0, 3)) st.execute(sql);
      try (ResultSet rs = st.executeQuery(statements.get(3))) {
        assertTrue(rs.next());
        assertEquals("s-1", rs.getString(1));
        assertEquals(4102444800L, rs.getLong(2));
      }
      TimeToLiveDescription ttl = c.unwrap(DynasqlConnection.class).database().describeTimeToLive("sessions");
      assertEquals(TimeToLiveStatus.ENABLED, ttl.timeToLiveStatus());
      assertEquals("expiresAt", ttl.attributeName());
      String refusal = "Time to live has been modified multiple times within a fixed interval";
      assertTrue(section.contains(refusal));
      SQLException e = assertThrows(SQLException.class, () -> st.execute("ALTER TABLE sessions SET TTL OFF"));
      assertEquals("22000", e.getSQLState());
      assertTrue(e.getMessage().contains(refusal), e.getMessage());
    }
  }
}
