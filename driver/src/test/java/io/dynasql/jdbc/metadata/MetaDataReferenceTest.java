package io.dynasql.jdbc.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * JdbcDatabaseMetaData gives the answers the proxy over Avatica gave ({@code metadata/reference.txt},
 * captured by {@link CaptureReference} before it was replaced), which DBeaver, SchemaCrawler,
 * sqlline and the pools rely on; except the answers listed in {@link #CHANGED}, each with why.
 */
class MetaDataReferenceTest {
  /** Answers changed on purpose; each is asserted to differ, and tested for its new value elsewhere. */
  static final Map<String, String> CHANGED = Map.ofEntries(
      Map.entry("getSchemas()", "issue 10: no Calcite-internal metadata schema; information_schema is listed (InformationSchemaTest)"),
      Map.entry("getSchemas(null, null)", "the same"),
      Map.entry("getTables(null, null, %, null)", "the same: metadata.TABLES/COLUMNS gone, information_schema's views listed"),
      Map.entry("getTables(null, sys, null, null)", "issue 13: sys.backups lists the backups (BackupSqlTest, docs/backup.md)"),
      Map.entry("getDatabaseProductVersion()", "issue 10: versions from the build (Version), not a hard-coded 0.1"),
      Map.entry("getDriverVersion()", "the same"),
      Map.entry("getJDBCMinorVersion()", "the class implements JDBC 4.3's DatabaseMetaData; Avatica said 4.1"),
      Map.entry("getFunctions(null, null, %)", "Calcite listed its built-ins under the internal metadata schema; now"
          + " dynasql's own function, version() (the built-ins are in getNumericFunctions etc.)"),
      Map.entry("getFunctionColumns(null, null, %, %)", "version()'s return column"),
      Map.entry("getColumns(null, dynasql, order_items, null)", "IS_NULLABLE is 'NO', not CHAR(3) 'NO ' with a"
          + " trailing blank; IS_NULLABLE/IS_AUTOINCREMENT/IS_GENERATEDCOLUMN are VARCHAR, as JDBC's String columns"),
      Map.entry("getColumns(null, dynasql, Customers, %)", "the same"),
      Map.entry("getColumns(null, dynasql, %, s%)", "the same"),
      Map.entry("getColumns(null, sys, primary\\_keys, null)", "from information_schema.columns: sizes NULL (unknown)"
          + " instead of Calcite's -1, IS_AUTOINCREMENT/IS_GENERATEDCOLUMN 'NO' instead of ''"));

  @Test
  void answersAreTheReferenceAnswersExceptTheChangedOnes() throws Exception {
    Map<String, List<String>> reference = sections(readReference());
    Map<String, List<String>> now;
    try (Connection c = DriverManager.getConnection(MetaDataDump.URL)) {
      MetaDataDump.createTables(c);
      now = sections(MetaDataDump.dump(c));
    }
    assertEquals(reference.keySet(), now.keySet(), "the same questions were asked");
    List<String> differences = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : reference.entrySet()) {
      String key = e.getKey();
      if (CHANGED.containsKey(key)) {
        assertNotEquals(e.getValue(), now.get(key), key + " is listed as changed but is not: remove it from CHANGED");
      } else if (!e.getValue().equals(now.get(key))) {
        differences.add(key + "\n  was: " + e.getValue() + "\n  now: " + now.get(key));
      }
    }
    assertEquals(List.of(), differences);
    assertTrue(reference.keySet().containsAll(CHANGED.keySet()), "CHANGED names only questions the reference asks");
  }

  private static List<String> readReference() throws IOException {
    try (InputStream in = MetaDataReferenceTest.class.getResourceAsStream("/metadata/reference.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  /** Lines grouped by question: a value line {@code q = v} or {@code q ! error}, or a call with its indented answer. */
  static Map<String, List<String>> sections(List<String> lines) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    List<String> current = null;
    for (String line : lines) {
      if (line.startsWith("  ")) {
        current.add(line);
        continue;
      }
      int eq = line.indexOf(" = ");
      int bang = line.indexOf(" ! ");
      int split = eq < 0 ? bang : bang < 0 ? eq : Math.min(eq, bang);
      current = new ArrayList<>();
      if (split >= 0) {
        current.add(line.substring(split));
        out.put(line.substring(0, split), current);
      } else {
        out.put(line, current);
      }
    }
    return out;
  }
}
