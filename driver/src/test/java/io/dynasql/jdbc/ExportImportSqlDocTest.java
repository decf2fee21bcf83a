package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.ExportDescription;
import io.dynasql.engine.api.ImportDescription;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/export-import.md's "From SQL" example runs as printed (its directory replaced by a
 * temporary one), and the errors the page names have the SQLStates it says. ExportTableToPointInTime
 * and ImportTable: https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ExportTableToPointInTime.html,
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ImportTable.html
 */
class ExportImportSqlDocTest {
  static final String DOC_DIR = "/tmp/dynasql-exports";
  @TempDir Path dir;

  @Test
  void theSqlExampleRunsAndImportsWhatItExported() throws IOException, SQLException {
    String section = DocSql.section("export-import.md", "## From SQL");
    List<String> statements = DocSql.statements(DocSql.block(section, "sql"));
    assertEquals(5, statements.size(), statements.toString());
    try (Connection c = DriverManager.getConnection("jdbc:dynasql:mem:export-doc"); Statement st = c.createStatement()) {
      for (String sql : statements.subList(0, 4)) st.execute(sql.replace(DOC_DIR, dir.toString()));
      try (ResultSet rs = st.executeQuery(statements.get(4))) {
        assertTrue(rs.next());
        assertEquals("alice", rs.getString(1));
        assertEquals(1, rs.getInt(2));
        assertTrue(rs.next());
        assertEquals("bob", rs.getString(1));
        assertFalse(rs.next());
      }
      Database db = c.unwrap(DynasqlConnection.class).database();
      ExportDescription export = db.listExports("orders").get(0);
      assertEquals(2, export.itemCount());
      assertTrue(Files.isRegularFile(dir.resolve("AWSDynamoDB").resolve(export.exportId()).resolve("manifest-summary.json")));
      ImportDescription imported = db.listImports("orders_copy").get(0);
      assertEquals(2, imported.importedItemCount());
      assertEquals(0, imported.errorCount());
      assertEquals(0, new BigDecimal("12.5").compareTo(db.getItem(io.dynasql.engine.api.GetItemRequest.of("orders_copy",
          java.util.Map.of("customer", io.dynasql.engine.model.AttributeValue.s("alice"), "orderId",
              io.dynasql.engine.model.AttributeValue.n(1)))).item().get("total") instanceof io.dynasql.engine.model.AttributeValue.N n
          ? n.value() : BigDecimal.ZERO));
    }
  }

  @Test
  void errorsHaveTheSqlStatesThePageNames() throws IOException, SQLException {
    String section = DocSql.section("export-import.md", "## From SQL");
    assertTrue(section.contains("`22000`") && section.contains("`42S01`") && section.contains("`42601`"));
    Path corrupt = Files.write(dir.resolve("bad.json.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
    try (Connection c = DriverManager.getConnection("jdbc:dynasql:mem:export-errors"); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE orders (pk VARCHAR PRIMARY KEY)");
      SQLException missing = assertThrows(SQLException.class,
          () -> st.execute("EXPORT TABLE orders TO '" + dir.resolve("nowhere") + "'"));
      assertEquals("22000", missing.getSQLState(), missing.getMessage());
      SQLException exists = assertThrows(SQLException.class, () -> st.execute(
          "IMPORT TABLE orders (pk VARCHAR PRIMARY KEY) FROM '" + corrupt + "' FORMAT DYNAMODB_JSON COMPRESSION GZIP"));
      assertEquals("42S01", exists.getSQLState(), exists.getMessage());
      SQLException bad = assertThrows(SQLException.class, () -> st.execute(
          "IMPORT TABLE orders2 (pk VARCHAR PRIMARY KEY) FROM '" + corrupt + "' FORMAT DYNAMODB_JSON COMPRESSION GZIP"));
      assertEquals("22000", bad.getSQLState(), bad.getMessage());
      assertTrue(bad.getMessage().contains("bad.json.gz"), bad.getMessage());
      assertFalse(c.unwrap(DynasqlConnection.class).database().descriptors().containsKey("orders2"), "nothing created");
      SQLException format = assertThrows(SQLException.class, () -> st.execute(
          "IMPORT TABLE orders2 (pk VARCHAR PRIMARY KEY) FROM '" + corrupt + "' FORMAT PARQUET"));
      assertEquals("42601", format.getSQLState(), format.getMessage());
      assertTrue(format.getMessage().contains("DYNAMODB_JSON | ION | CSV"), format.getMessage());
    }
  }
}
