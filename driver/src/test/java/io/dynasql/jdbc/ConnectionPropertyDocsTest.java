package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The "Connection properties" table of docs/sql.md says what {@link ConnectionProperty} says: the
 * same properties in the same order, each with its default, allowed values and description, so
 * the page a user reads and what {@code getPropertyInfo} tells a tool cannot drift apart. Fix a
 * failure by editing the enum and the table together.
 */
class ConnectionPropertyDocsTest {
  private static final Path PAGE = Path.of("..", "docs", "sql.md");
  private static final String HEADER = "| property | default | allowed values | description |";

  /** The table's rows as cells (backticks removed), keyed by property. */
  private static Map<String, List<String>> documented() throws IOException {
    List<String> lines = Files.readAllLines(PAGE);
    int at = lines.indexOf(HEADER);
    assertTrue(at >= 0, PAGE + " has no table headed " + HEADER);
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (int i = at + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      String line = lines.get(i);
      List<String> cells = new ArrayList<>();
      for (String cell : line.substring(1, line.length() - 1).split(" \\| ", -1)) cells.add(cell.strip().replace("`", ""));
      assertEquals(4, cells.size(), "a row of four cells: " + line);
      rows.put(cells.get(0), cells.subList(1, 4));
    }
    return rows;
  }

  @Test
  void theDocsTableListsEveryPropertyAsTheEnumDescribesIt() throws IOException {
    Map<String, List<String>> docs = documented();
    List<String> keys = new ArrayList<>();
    for (ConnectionProperty p : ConnectionProperty.values()) keys.add(p.key());
    assertEquals(keys, new ArrayList<>(docs.keySet()), "properties and their order in " + PAGE);
    for (ConnectionProperty p : ConnectionProperty.values()) {
      assertEquals(List.of(p.defaultValue(), p.allowed(), p.description()), docs.get(p.key()),
          p.key() + ": default, allowed values and description in " + PAGE + " versus ConnectionProperty");
    }
  }

  @Test
  void theAllowedValuesAreTheOnesEnforced() {
    for (String bad : List.of("sampleSize=1.5", "sampleSize=-1", "readUnitPrice=abc", "readUnitPrice=NaN", "pushdown=maybe")) {
      SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
          () -> DriverManager.getConnection("jdbc:dynasql:mem:docs;" + bad), bad);
      assertEquals("08001", e.getSQLState(), bad + ": " + e.getMessage());
      String key = bad.substring(0, bad.indexOf('='));
      assertTrue(e.getMessage().contains(key) && e.getMessage().contains(ConnectionProperty.byKey(key).allowed()), e.getMessage());
    }
  }
}
