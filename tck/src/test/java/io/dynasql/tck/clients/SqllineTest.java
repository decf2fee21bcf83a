package io.dynasql.tck.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sqlline (sqlline:sqlline, jar-with-dependencies) runs {@code clients/sqlline.sql} against the
 * shaded driver jar: its metadata commands must show tables, key columns in order and both kinds
 * of secondary index, and a GET, two QUERYs, a SCAN and a rollup must print their rows.
 */
class SqllineTest {
  @TempDir Path dir;

  @Test
  void scriptPrintsKeysIndexesAndRows() throws Exception {
    String url = ClientDatabase.create(dir.resolve("db"));
    Path script = dir.resolve("sqlline.sql");
    try (InputStream in = SqllineTest.class.getResourceAsStream("/clients/sqlline.sql")) {
      Files.copy(in, script);
    }
    ChildJvm.Result r = ChildJvm.run(dir, ChildJvm.classPath("sqlline", false), "sqlline.SqlLine",
        List.of("-u", url, "-n", "dynasql", "-p", "dynasql", "--maxWidth=1000", "--run=" + script));
    String out = r.stdout();
    assertEquals(0, r.exitCode(), r.describe());
    assertFalse(r.stderr().contains("Error:"), r.describe());

    for (String table : List.of(ClientDatabase.CUSTOMERS, ClientDatabase.ORDER_LINES, ClientDatabase.ORDER_X_LINES)) {
      assertRow(r, "dynasql", table, "TABLE");
    }
    assertRow(r, "customers", "customerId", "12", "VARCHAR");
    assertRow(r, "customers", "balance", "3", "DECIMAL", "38");
    // !primarykeys: ordered by column name, as JDBC says; KEY_SEQ gives the key order
    assertRow(r, "order_lines", "lineNo", "2", "PK_order_lines");
    assertRow(r, "order_lines", "orderId", "1", "PK_order_lines");
    assertRow(r, "orderXlines", "orderId", "1", "PK_orderXlines");
    // !indexes: the table key as a unique index, then the local and the global index
    assertRow(r, "order_lines", "false", "", "PK_order_lines", "3", "1", "orderId");
    assertRow(r, "order_lines", "true", "", "lines_by_sku", "3", "1", "orderId");
    assertRow(r, "order_lines", "true", "", "lines_by_sku", "3", "2", "sku");
    assertRow(r, "orderXlines", "true", "", "by_status", "3", "1", "status");
    assertRow(r, "orderXlines", "true", "", "by_status", "3", "2", "lineNo");
    assertRow(r, "BIGINT", "-5");
    assertRow(r, "VARCHAR", "12");

    assertRow(r, "sku-b", "1", "100");                                        // GET
    assertTrue(Pattern.compile("\\|\\s*3\\s*\\|\\s*sku-c\\s*\\|\\s*\\R.*\\|\\s*2\\s*\\|\\s*sku-b\\s*\\|\\s*\\R.*\\|\\s*1\\s*\\|\\s*sku-a")
        .matcher(out).find(), "QUERY rows in descending sort key order\n" + r.describe());
    assertRow(r, "c-1", ClientDatabase.BIG, ClientDatabase.SMALL);            // SCAN
    assertRow(r, "c-2", "-" + ClientDatabase.BIG, "-" + ClientDatabase.SMALL);
    assertRow(r, "sku-a", "2", "7");                                          // rollup
    assertRow(r, "sku-b", "2", "4");
    assertRow(r, "sku-c", "2", "8");
    assertRow(r, "GET", "order_lines");
    assertRow(r, "QUERY", "order_lines");
    assertRow(r, "QUERY", "orderXlines", "by_status");
    assertRow(r, "SCAN", "customers");
    assertTrue(r.stderr().contains("Full SCAN of table customers"), "the SCAN's warning reaches the user\n" + r.describe());
  }

  /** Asserts that sqlline printed a table row with these cells side by side. */
  private static void assertRow(ChildJvm.Result r, String... cells) {
    StringBuilder re = new StringBuilder("\\|");
    for (String c : cells) re.append("\\s*").append(Pattern.quote(c)).append("\\s*\\|");
    assertTrue(Pattern.compile(re.toString()).matcher(r.stdout()).find(),
        "no row with cells " + String.join(" | ", cells) + "\n" + r.describe());
  }
}
