package io.dynasql.tck.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The child JVM's side of a fault case, with only the shaded driver jar on its class path: open
 * a (damaged) database, count it with a full scan, and query its GSI and LSI. Prints one line:
 * {@code OK <rows>} or {@code SQLSTATE <state> <message>}. Anything but a SQLException leaving
 * the driver is a failure (exit 3); a JVM crash or hang is caught by the parent.
 */
public final class FaultProbe {
  static final String[] QUERIES = {
    "SELECT COUNT(*) FROM \"Orders\"",
    "SELECT COUNT(*) FROM \"Orders\" WHERE \"status\" = 's3'",
    "SELECT COUNT(*) FROM \"Orders\" WHERE \"pk\" = 'c7' AND \"total\" > 300",
    "SELECT SUM(\"total\") FROM \"Orders\" WHERE \"pk\" = 'c9'",
  };

  private FaultProbe() {}

  public static void main(String[] args) {
    long rows = 0;
    try (Connection c = DriverManager.getConnection("jdbc:dynasql:" + args[0] + ";scan=allow");
        Statement s = c.createStatement()) {
      for (String q : QUERIES) {
        try (ResultSet rs = s.executeQuery(q)) {
          while (rs.next()) rows += rs.getLong(1);
        }
      }
      System.out.println("OK " + rows);
    } catch (SQLException e) {
      System.out.println("SQLSTATE " + e.getSQLState() + " " + e.getMessage().replace('\n', ' '));
    } catch (Throwable t) {
      System.out.println("ESCAPED " + t);
      t.printStackTrace();
      System.exit(3);
    }
    System.exit(0);
  }
}
