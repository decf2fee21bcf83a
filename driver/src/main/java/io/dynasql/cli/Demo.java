package io.dynasql.cli;

import io.dynasql.jdbc.DynasqlConnection;
import java.io.PrintStream;
import io.dynasql.engine.catalog.TableDescriptor;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * {@code dynasql demo}: creates and loads {@link SampleData}, then runs a scripted SQL tour and
 * prints each result with its access labels (GET / QUERY / SCAN), what it read, and what it
 * would cost on DynamoDB.
 */
final class Demo {
  private static final String[][] TOUR = {
      {"1. GET: one customer's profile by its full primary key",
          "SELECT pk, name, city, since FROM Shop WHERE pk = 'CUST#00042' AND sk = 'PROFILE'"},
      {"2. QUERY: that customer's orders (partition key = and sort key LIKE 'ORDER#%' -> begins_with)",
          "SELECT sk, status, total FROM Shop WHERE pk = 'CUST#00042' AND sk LIKE 'ORDER#%' ORDER BY sk DESC LIMIT 5"},
      {"3. QUERY on the global index byStatus: RETURNED orders in March",
          "SELECT pk, orderDate, total FROM Shop WHERE status = 'RETURNED' AND orderDate BETWEEN '2026-03-01' AND '2026-03-31'"},
      {"4. SCAN with a pushed filter: orders over 990 (the filter runs after reading, so every item is paid for)",
          "SELECT pk, sk, total FROM Shop WHERE total > 990"},
      {"5. Rollup far from the data: revenue per status needs every order, aggregated in SQL",
          "SELECT status, COUNT(*) AS orders, SUM(total) AS revenue FROM Shop WHERE status IS NOT NULL GROUP BY status ORDER BY status"},
  };

  private final PrintStream out;
  private final int customers;
  private final boolean terminal;

  /** @param terminal whether {@code out} is a terminal (a progress bar is drawn only there) */
  Demo(PrintStream out, int customers, boolean terminal) {
    this.out = out;
    this.customers = customers;
    this.terminal = terminal;
  }

  int run(Path directory) {
    String url = directory == null ? "jdbc:dynasql:mem:demo-" + System.nanoTime() : "jdbc:dynasql:" + directory;
    try (Connection conn = DriverManager.getConnection(url)) {
      DynasqlConnection dc = conn.unwrap(DynasqlConnection.class);
      out.println("dynasql demo: " + url + " (database in " + dc.database().directory() + ")");
      TableDescriptor existing = dc.database().descriptors().get(SampleData.TABLE);
      if (existing == null) {
        if (!terminal) out.println("loading " + customers + " customers and their orders ...");
        SampleData.create(conn);
        int items = SampleData.load(dc.database(), customers, out, terminal);
        out.println("loaded " + items + " items into table " + SampleData.TABLE + " (global index byStatus)");
      } else {
        Optional<String> why = SampleData.notTheDemos(existing);
        if (why.isPresent()) {
          out.println("demo failed: " + directory + " already has a table " + SampleData.TABLE + " that is not the demo's ("
              + why.get() + "); nothing was changed. Run the demo on another directory.");
          return 1;
        }
        // a second run tours the data of the first instead of failing on CREATE TABLE
        long items = dc.database().describeTable(SampleData.TABLE).itemCount();
        out.println("reusing table " + SampleData.TABLE + " (" + items + " items, global index byStatus) from an earlier run;"
            + " delete " + directory + " to load a fresh sample");
      }
      ResultPrinter printer = new ResultPrinter(out, 5);
      try (Statement st = conn.createStatement()) {
        for (String[] step : TOUR) {
          out.println();
          out.println(step[0]);
          out.println("   " + step[1]);
          printer.run(st, step[1]);
        }
      }
      out.println();
      out.println(directory == null
          ? "Every access is in sys.access_log. To keep the data and explore it: ./dynasql demo my-db && ./dynasql shell jdbc:dynasql:my-db"
          : "Every access is in sys.access_log; explore it with: ./dynasql shell " + url);
      return 0;
    } catch (SQLException e) {
      out.println("demo failed: " + e.getSQLState() + " " + e.getMessage());
      return 1;
    }
  }
}
