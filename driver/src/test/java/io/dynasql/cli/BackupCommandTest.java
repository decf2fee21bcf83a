package io.dynasql.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * {@code dynasql backup create|list|delete} and {@code dynasql restore --from-backup | --from}:
 * CreateBackup, ListBackups, DeleteBackup, RestoreTableFromBackup and RestoreTableToPointInTime
 * from the command line (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/pointintimerecovery_restores.html:
 * restores always create a new table).
 */
class BackupCommandTest {
  private static final String URL = "jdbc:dynasql:mem:backup-cli";
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String take() {
    String s = bytes.toString(StandardCharsets.UTF_8);
    bytes.reset();
    return s;
  }

  @Test
  void createListRestoreAndDelete() throws SQLException {
    try (Connection conn = DriverManager.getConnection(URL); Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE orders (id VARCHAR PRIMARY KEY, status VARCHAR)");
      st.execute("INSERT INTO orders (id, status) VALUES ('o1', 'NEW'), ('o2', 'PAID')");
      st.execute("ALTER TABLE orders SET POINT_IN_TIME_RECOVERY ON");

      assertEquals(0, Main.run(new String[] {"backup", "create", "orders", "--name", "nightly", URL}, out));
      assertTrue(take().matches("arn:aws:dynamodb:us-east-1:000000000000:table/orders/backup/[0-9]{14}-[0-9a-f]{8}\n"));
      assertEquals(0, Main.run(new String[] {"backup", "list", URL}, out));
      assertTrue(take().contains("  orders  nightly  USER  "));
      assertEquals(0, Main.run(new String[] {"restore", "orders_copy", "--from-backup", "nightly", URL}, out));
      assertEquals("restored orders_copy (2 items)\n", take());
      assertEquals(0, Main.run(new String[] {"restore", "orders_now", "--from", "orders", URL}, out));
      assertEquals("restored orders_now (2 items)\n", take());
      assertEquals(1, Main.run(new String[] {"restore", "orders_old", "--from", "orders", "--to-time", "2000-01-01T00:00:00Z", URL}, out));
      assertTrue(take().startsWith("dynasql restore: Invalid restore time: 2000-01-01T00:00:00Z is outside the window"));
      assertEquals(1, Main.run(new String[] {"restore", "orders_copy", "--from-backup", "nightly", URL}, out));
      assertTrue(take().contains("Table already exists: orders_copy"));

      assertEquals(0, Main.run(new String[] {"backup", "delete", "nightly", URL}, out));
      assertTrue(take().startsWith("deleted arn:aws:dynamodb:"));
      assertEquals(0, Main.run(new String[] {"backup", "list", "--table", "orders", URL}, out));
      assertEquals("no backups of orders\n", take());
    }
  }

  @Test
  void badArgumentsSayWhatIsWrong() {
    assertEquals(2, Main.run(new String[] {"backup", "frob"}, out));
    assertTrue(take().startsWith("dynasql backup: unknown subcommand frob\nusage: dynasql backup"));
    assertEquals(2, Main.run(new String[] {"backup", "create"}, out));
    assertTrue(take().startsWith("dynasql backup: create takes one name and an optional jdbc-url"));
    assertEquals(2, Main.run(new String[] {"restore", "t1", "--from-backup", "a", "--from", "b"}, out));
    assertTrue(take().startsWith("dynasql restore: give either --from-backup or --from"));
    assertEquals(2, Main.run(new String[] {"restore", "t1", "--from", "b", "--to-time", "noon"}, out));
    assertTrue(take().startsWith("dynasql restore: --to-time needs a UTC time such as 2026-12-01T10:00:00Z, not noon"));
    assertEquals(2, Main.run(new String[] {"restore", "t1", "--from"}, out));
    assertTrue(take().startsWith("dynasql restore: --from needs a value"));
  }
}
