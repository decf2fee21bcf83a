package io.dynasql.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/export-import.md's command-line example, run as printed (its directory and database
 * replaced by temporary ones), and the command's refusals of bad arguments.
 */
class ExchangeCommandTest {
  @TempDir Path dir;

  private static String run(int expectedStatus, String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status = Main.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(expectedStatus, status, out);
    return out;
  }

  @Test
  void thePagesCommandsExportAndImport() throws IOException, SQLException {
    String url = "jdbc:dynasql:" + dir.resolve("db");
    try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE orders (customer VARCHAR, orderId INTEGER, PRIMARY KEY (customer, orderId))");
      st.execute("INSERT INTO orders (customer, orderId) VALUES ('alice', 1), ('bob', 2)");
    }
    String page = Files.readString(Path.of("..", "docs", "export-import.md"));
    String block = page.substring(page.indexOf("```sh\n") + 6, page.indexOf("```", page.indexOf("```sh\n") + 6));
    List<String> outputs = new ArrayList<>();
    for (String line : block.strip().split("\n")) {
      String[] args = line.replace("./dynasql ", "").replace("/tmp/dynasql-exports", dir.resolve("bucket").toString())
          .replace("jdbc:dynasql:dynasql-data", url).split(" ");
      if (args[0].equals("export")) Files.createDirectories(dir.resolve("bucket"));
      outputs.add(run(0, args));
    }
    assertTrue(outputs.get(0).startsWith("exported 2 items of orders (ION) to "), outputs.get(0));
    assertTrue(outputs.get(1).startsWith("imported 2 of 2 items into orders_copy; 0 rejected"), outputs.get(1));
    try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM orders_copy")) {
      assertTrue(rs.next());
      assertEquals(2, rs.getLong(1));
    }
  }

  @Test
  void aPastSecondExportsTheTableAsItWasThen() throws IOException {
    java.time.Instant start = java.time.Instant.now().minus(java.time.Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    io.dynasql.engine.time.SimulatedClock clock = new io.dynasql.engine.time.SimulatedClock(start);
    Path db = dir.resolve("past");
    try (io.dynasql.engine.Database d = io.dynasql.engine.Database.open(db,
        new io.dynasql.engine.DatabaseOptions(64L << 20, false).withClock(clock))) {
      d.createTable(io.dynasql.engine.api.CreateTableRequest.of("orders", io.dynasql.engine.model.KeySchema.of("id",
          io.dynasql.engine.model.AttributeType.S)).withStream(io.dynasql.engine.api.StreamSpecification.enabled(
          io.dynasql.engine.model.StreamViewType.NEW_AND_OLD_IMAGES)));
      clock.advance(java.time.Duration.ofMinutes(1));
      d.putItem(io.dynasql.engine.api.PutItemRequest.of("orders", java.util.Map.of("id", io.dynasql.engine.model.AttributeValue.s("o1"))));
      clock.advance(java.time.Duration.ofMinutes(10));
      d.putItem(io.dynasql.engine.api.PutItemRequest.of("orders", java.util.Map.of("id", io.dynasql.engine.model.AttributeValue.s("o2"))));
    }
    Path bucket = Files.createDirectory(dir.resolve("past-bucket"));
    String out = run(0, "export", "orders", "--to", bucket.toString(), "--at", start.plusSeconds(120).toString(), "jdbc:dynasql:" + db);
    assertTrue(out.startsWith("exported 1 items of orders"), out);
    out = run(0, "export", "orders", "--to", bucket.toString(), "--changes-from", start.plusSeconds(60).toString(),
        "--changes-to", start.plusSeconds(60 * 20).toString(), "--view", "NEW_IMAGE", "jdbc:dynasql:" + db);
    assertTrue(out.startsWith("exported 2 items of orders"), out);
  }

  @Test
  void badArgumentsAreRefusedWithTheUsageBeforeTheDatabaseIsOpened() {
    Path db = dir.resolve("db2");
    String url = "jdbc:dynasql:" + db;
    assertTrue(run(2, "export", "orders", url).contains("--to is required"));
    assertTrue(run(2, "export", "orders", "--to", dir.toString(), "--format", "CSV", url).contains("unknown --format CSV"));
    assertTrue(run(2, "import", "t2x", "--from", dir.toString(), "--format", "ION", "--key", "pk", url)
        .contains("--key expects name:S|N|B"));
    assertTrue(run(2, "import", "t2x", "--from", dir.toString(), "--format", "ION", "--key", "pk:S", "--bogus", "x", url)
        .contains("unknown option --bogus"));
    assertTrue(run(2, "export", "orders", "--to", dir.toString(), "--at", "yesterday", url)
        .contains("--at expects a UTC time such as 2026-12-01T10:00:00Z, got yesterday"));
    assertTrue(run(2, "export", "orders", "--to", dir.toString(), "--at", "2026-12-01T10:00:00Z",
        "--changes-from", "2026-12-01T09:00:00Z", url).contains("--at and --changes-from cannot be used together"));
    assertTrue(run(2, "export", "orders", "--to", dir.toString(), "--view", "NEW_IMAGE", url)
        .contains("--changes-to and --view need --changes-from"));
    assertFalse(Files.exists(db), "bad arguments open no database");
    String missing = run(1, "export", "nosuchtable", "--to", dir.toString(), url);
    assertTrue(missing.startsWith("dynasql export: "), missing);
    assertTrue(Arrays.asList(run(0, "export", "--help").split("\n")).contains(ExchangeCommand.EXPORT_USAGE));
  }
}
