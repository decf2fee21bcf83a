package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.calcite.ddl.DdlParser;
import io.dynasql.calcite.ddl.DdlStatement;
import io.dynasql.engine.Database;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/backup.md's "From SQL" section: the example runs as printed, and every statement of its
 * reference block parses as the statement the page says it is
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateBackup.html,
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_RestoreTableToPointInTime.html).
 */
class BackupSqlDocTest {
  @Test
  void theExampleRuns() throws IOException, SQLException {
    String section = DocSql.section("backup.md", "## From SQL");
    List<String> statements = DocSql.statements(DocSql.block(section, "sql"));
    assertEquals(7, statements.size(), statements.toString());
    try (Connection c = DriverManager.getConnection("jdbc:dynasql:mem:backup-doc"); Statement st = c.createStatement()) {
      for (String sql : statements.subList(0, 4)) st.execute(sql);
      try (ResultSet rs = st.executeQuery(statements.get(4))) {
        assertTrue(rs.next());
        assertEquals(List.of("nightly", "orders", "USER"), List.of(rs.getString(1), rs.getString(2), rs.getString(3)));
        assertFalse(rs.next());
      }
      for (String sql : statements.subList(5, 7)) st.execute(sql);
      Database db = c.unwrap(DynasqlConnection.class).database();
      assertEquals(2, db.describeTable("orders_copy").itemCount());
      assertEquals(2, db.describeTable("orders_now").itemCount());
    }
  }

  @Test
  void theReferenceBlockParses() throws IOException {
    String section = DocSql.section("backup.md", "## From SQL");
    String reference = section.substring(section.indexOf("The statements:"));
    List<DdlStatement> parsed = DocSql.statements(DocSql.block(reference, "sql")).stream()
        .map(sql -> DdlParser.parse(sql).orElseThrow()).toList();
    assertEquals(List.of(DdlStatement.BackupTable.class, DdlStatement.BackupTable.class, DdlStatement.RestoreFromBackup.class,
        DdlStatement.RestoreToPointInTime.class, DdlStatement.RestoreToPointInTime.class, DdlStatement.SetPointInTimeRecovery.class,
        DdlStatement.SetPointInTimeRecovery.class, DdlStatement.SetPointInTimeRecovery.class),
        parsed.stream().map(Object::getClass).toList());
  }
}
