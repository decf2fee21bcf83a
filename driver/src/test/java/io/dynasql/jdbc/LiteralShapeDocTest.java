package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.calcite.Parses;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/sql.md's "Statements of a shape seen before" example runs as printed, with the parses it describes. */
class LiteralShapeDocTest {
  @Test
  void theDocsExampleParsesOnlyTheShapesItHasNotSeen() throws IOException, SQLException {
    List<String> statements = DocSql.statements(DocSql.block(DocSql.section("sql.md", "### Statements of a shape seen before"), "sql"));
    assertEquals(5, statements.size(), statements.toString());
    try (Connection c = DriverManager.getConnection("jdbc:dynasql:mem:shape-doc"); Statement st = c.createStatement()) {
      st.execute(statements.get(0));
      st.execute(statements.get(1));
      assertEquals("1 20.5", run(st, statements.get(2)));
      assertEquals("0 19.5", run(st, statements.get(3)));
      assertEquals("GET", st.unwrap(DynasqlStatement.class).accessLines().get(0).record().kind().name());
      String fifth = run(st, statements.get(4));
      assertTrue(fifth.endsWith(" 21") && !fifth.startsWith("0 "), fifth);
    }
  }

  /** The parses {@code sql} took, then its one value. */
  private static String run(Statement st, String sql) throws SQLException {
    long before = Parses.count();
    try (ResultSet rs = st.executeQuery(sql)) {
      assertTrue(rs.next(), sql);
      return (Parses.count() - before) + " " + rs.getString(1);
    }
  }
}
