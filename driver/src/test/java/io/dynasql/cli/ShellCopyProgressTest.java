package io.dynasql.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code dynasql shell --progress=…} run through the command line's entry point on a copy from an
 * H2 source: progress lines go to stderr, never among the rows and labels on stdout, which end
 * with the copy's REMOTE_SQL and WRITE labels.
 */
class ShellCopyProgressTest {
  private static final String SCRIPT = String.join("\n",
      "CREATE TABLE orders (order_id BIGINT, note VARCHAR(20), PRIMARY KEY (order_id));",
      "INSERT INTO orders SELECT order_id, note FROM crm.orders;",
      "SELECT COUNT(*) FROM orders;");

  @Test
  void progressGoesToStderrAndTheLabelsToStdout() throws Exception {
    Run r = copy("--progress=0");
    assertEquals(0, r.status(), r.out());
    // every row: 0 s between lines
    List<String> progress = r.err().lines().filter(l -> l.startsWith("   copying: ")).toList();
    assertEquals(5, progress.size(), r.err());
    assertTrue(progress.get(4).startsWith("   copying: 5 rows read, "), r.err());
    assertTrue(r.err().lines().anyMatch(l -> l.startsWith("   copied: 5 rows read in ")), r.err());
    assertFalse(r.out().contains("copying:"), r.out());
    assertTrue(r.out().contains("5 row(s) affected"), r.out());
    assertTrue(r.out().contains("access=REMOTE_SQL source=crm"), r.out());
    assertTrue(r.out().contains("access=WRITE table=orders"), r.out());
  }

  @Test
  void offPrintsNoProgressAndABadValueIsRefused() throws Exception {
    Run off = copy("--progress=off");
    assertEquals(0, off.status(), off.out());
    assertEquals("", off.err());
    Run bad = copy("--progress=soon");
    assertEquals(2, bad.status());
    assertTrue(bad.out().contains("--progress takes a whole number of seconds or off, not soon"), bad.out());
  }

  private record Run(int status, String out, String err) {}

  private static Run copy(String option) throws Exception {
    String h2 = "jdbc:h2:mem:shellcopy_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    try (Connection c = DriverManager.getConnection(h2, "sa", ""); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE orders (order_id BIGINT PRIMARY KEY, note VARCHAR(20))");
      s.execute("INSERT INTO orders SELECT x, 'n' || x FROM SYSTEM_RANGE(1, 5)");
      String script = "CREATE SOURCE crm TYPE JDBC OPTIONS (url '" + h2 + "', user 'sa');\n" + SCRIPT + "\n";
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int status = Main.run(new String[] {"shell", option, "jdbc:dynasql:mem:shellcopy_" + System.nanoTime()},
          new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)), new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));
      return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
  }
}
