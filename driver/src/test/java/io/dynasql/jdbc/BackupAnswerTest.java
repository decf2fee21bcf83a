package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * BACKUP TABLE, EXPORT TABLE and IMPORT TABLE answer with one row, as CreateBackup's BackupDetails
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateBackup.html), the
 * ExportDescription of ExportTableToPointInTime
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ExportTableToPointInTime.html)
 * and ImportTable's ImportTableDescription
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ImportTable.html) do: execute
 * is true, executeQuery gives the row, and executeUpdate is refused before anything runs, since
 * JDBC's executeUpdate throws when "the given SQL statement produces a ResultSet object"
 * (https://docs.oracle.com/en/java/javase/17/docs/api/java.sql/java/sql/Statement.html#executeUpdate(java.lang.String)).
 */
class BackupAnswerTest {
  @TempDir Path dir;

  @Test
  void backupTableAnswersWithTheBackupsArn() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:dynasql:mem:backup-answer"); Statement st = c.createStatement()) {
      Database db = c.unwrap(DynasqlConnection.class).database();
      st.execute("CREATE TABLE orders (id VARCHAR PRIMARY KEY, status VARCHAR)");
      st.execute("INSERT INTO orders (id, status) VALUES ('o1', 'NEW'), ('o2', 'PAID')");
      assertTrue(st.execute("BACKUP TABLE orders AS 'nightly'"));
      assertEquals(-1, st.getUpdateCount());
      String arn;
      try (ResultSet rs = st.getResultSet()) {
        ResultSetMetaData md = rs.getMetaData();
        assertEquals("backup_arn", md.getColumnLabel(1));
        assertEquals(List.of("backup_arn", "backup_id", "backup_name", "table_name", "backup_type", "backup_status",
            "created_at", "size_bytes", "item_count"), labels(md));
        assertEquals(Types.TIMESTAMP, md.getColumnType(7));
        assertEquals(Types.BIGINT, md.getColumnType(8));
        assertTrue(rs.next());
        arn = rs.getString("backup_arn");
        assertEquals(db.listBackups(io.dynasql.engine.api.ListBackupsRequest.of("orders"))
            .backupSummaries().get(0).backupDetails().backupArn(), arn);
        assertEquals(arn.substring(arn.lastIndexOf('/') + 1), rs.getString("backup_id"));
        assertEquals("nightly", rs.getString("backup_name"));
        assertEquals("orders", rs.getString("table_name"));
        assertEquals("AVAILABLE", rs.getString("backup_status"));
        assertEquals("USER", rs.getString("backup_type"));
        assertEquals(2, rs.getLong("item_count"));
        assertTrue(rs.getLong("size_bytes") > 0);
        assertEquals(db.describeBackup(arn).backupDetails().backupCreationDateTime().toEpochMilli(),
            rs.getTimestamp("created_at").getTime());
        assertFalse(rs.next());
      }
      try (ResultSet rs = st.executeQuery("BACKUP TABLE orders AS 'weekly'")) {
        assertTrue(rs.next());
        assertEquals("weekly", rs.getString("backup_name"));
      }
      st.execute("RESTORE TABLE orders_copy FROM BACKUP '" + arn + "'");
      assertTrue(db.descriptors().containsKey("orders_copy"));

      SQLException update = assertThrows(SQLException.class, () -> st.executeUpdate("BACKUP TABLE orders AS 'refused'"));
      assertEquals("07000", update.getSQLState());
      assertEquals("executeUpdate cannot run BACKUP TABLE orders: it answers with a result set (one row, with its ARN);"
          + " use execute or executeQuery", update.getMessage());
      assertThrows(SQLException.class, () -> st.executeLargeUpdate("BACKUP TABLE orders AS 'refused'"));
      assertEquals(2, db.listBackups(io.dynasql.engine.api.ListBackupsRequest.of("orders")).backupSummaries().size(), "a refused executeUpdate made no backup");
    }
  }

  @Test
  void exportAndImportAnswerWithTheirArns() throws Exception {
    Path bucket = Files.createDirectories(dir.resolve("bucket"));
    try (Connection c = DriverManager.getConnection("jdbc:dynasql:mem:export-answer"); Statement st = c.createStatement()) {
      Database db = c.unwrap(DynasqlConnection.class).database();
      st.execute("CREATE TABLE orders (id VARCHAR PRIMARY KEY, status VARCHAR)");
      st.execute("INSERT INTO orders (id, status) VALUES ('o1', 'NEW'), ('o2', 'PAID'), ('o3', 'PAID')");
      try (ResultSet rs = st.executeQuery("EXPORT TABLE orders TO '" + bucket + "'")) {
        assertTrue(rs.next());
        String arn = rs.getString("export_arn");
        assertEquals(db.describeExport(arn).exportArn(), arn);
        assertEquals("COMPLETED", rs.getString("export_status"));
        assertEquals("FULL_EXPORT", rs.getString("export_type"));
        assertEquals("DYNAMODB_JSON", rs.getString("export_format"));
        assertEquals(3, rs.getLong("item_count"));
      }
      assertTrue(st.execute("IMPORT TABLE orders2 (id VARCHAR PRIMARY KEY, status VARCHAR) FROM '" + bucket
          + "' FORMAT DYNAMODB_JSON COMPRESSION GZIP"));
      try (ResultSet rs = st.getResultSet()) {
        assertTrue(rs.next());
        assertEquals("COMPLETED", rs.getString("import_status"));
        assertEquals("orders2", rs.getString("table_name"));
        assertEquals(3, rs.getLong("imported_item_count"));
        assertEquals(0, rs.getLong("error_count"));
        assertEquals(db.describeImport(rs.getString("import_arn")).importArn(), rs.getString("import_arn"));
      }
      SQLException update = assertThrows(SQLException.class, () -> st.executeUpdate("EXPORT TABLE orders TO '" + bucket + "'"));
      assertEquals("07000", update.getSQLState());
      assertEquals(1, db.listExports("orders").size(), "a refused executeUpdate exported nothing");
    }
  }

  private static List<String> labels(ResultSetMetaData md) throws SQLException {
    List<String> out = new ArrayList<>();
    for (int i = 1; i <= md.getColumnCount(); i++) out.add(md.getColumnLabel(i));
    return out;
  }
}
