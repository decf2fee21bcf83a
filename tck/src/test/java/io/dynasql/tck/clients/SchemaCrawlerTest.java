package io.dynasql.tck.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SchemaCrawler's command line ({@code schemacrawler.Main}, with the text output plugin) with
 * {@code --info-level=maximum}: {@code schema} must list every table with its primary key
 * columns in key order, its indexes and its row count; {@code dump} prints every row. It loads
 * the catalog on five threads over pooled connections, and logs (at CONFIG) every metadata call
 * that failed, so its log must hold no warning.
 */
class SchemaCrawlerTest {
  @TempDir static Path dir;
  private static String url;

  @BeforeAll
  static void createDatabase() throws Exception {
    url = ClientDatabase.create(dir.resolve("db"));
  }

  @Test
  void schemaListsTablesKeysIndexesAndCounts() throws Exception {
    ChildJvm.Result r = crawl("schema", "--load-row-counts", "--log-level=CONFIG");
    String out = Files.readString(dir.resolve("schema.txt"));
    String all = r.describe() + "\n--- schema.txt ---\n" + out;
    assertTrue(r.stderr().contains("Loading database schema using multiple threads"), all);
    assertEquals(List.of(), warnings(r.stderr()), all);

    assertFind("dynasql\\.customers\\s+\\[table\\]", out, all);
    assertFind("\"PK_customers\"\\s+\\[primary key\\]\\s+\"customerId\"\\s", out, all);
    assertFind("\"PK_order_lines\"\\s+\\[primary key\\]\\s+\"orderId\"\\s+\"lineNo\"\\s", out, all);
    assertFind("\"PK_orderXlines\"\\s+\\[primary key\\]\\s+\"orderId\"\\s+\"lineNo\"\\s", out, all);
    assertFind("lines_by_sku\\s+\\[non-unique index\\]\\s+\"orderId\"\\s+ascending\\s+sku\\s+ascending", out, all);
    assertFind("by_status\\s+\\[non-unique index\\]\\s+status\\s+ascending\\s+\"lineNo\"\\s+ascending", out, all);
    assertFind("balance\\s+DECIMAL\\(38, 0\\)", out, all);
    assertEquals("3", rowCount(out, "customers", all));
    assertEquals(String.valueOf(ClientDatabase.ORDER_LINE_ROWS), rowCount(out, "order_lines", all));
    assertEquals("3", rowCount(out, "\"orderXlines\"", all));
  }

  @Test
  void dumpPrintsEveryRow() throws Exception {
    ChildJvm.Result r = crawl("dump");
    String out = Files.readString(dir.resolve("dump.txt"));
    String all = r.describe() + "\n--- dump.txt ---\n" + out;
    assertFind("(?m)^c-1\\tAda Lovelace\\t\\[math, engines\\]\\t.*St James's Square", out, all);
    assertFind("(?m)^o-3\\t1\\tsku-b\\t3\\t", out, all);
    assertFind("(?m)^o-2\\t1\\tNEW\\t", out, all);
  }

  /**
   * {@code count} runs {@code SELECT COUNT(*) AS COUNT FROM t} for every table: COUNT is a reserved
   * word in Calcite's SQL, and dynasql accepts a reserved word as an alias after AS (as PostgreSQL,
   * MySQL and H2 do).
   */
  @Test
  void countCommandCountsEveryTable() throws Exception {
    ChildJvm.Result r = crawl("count", "--log-level=WARNING");
    String out = Files.readString(dir.resolve("count.txt"));
    String all = r.describe() + "\n--- count.txt ---\n" + out;
    assertEquals(List.of(), warnings(r.stderr()), all);
    assertFind("customers\\s+3 rows", out, all);
    assertFind("order_lines\\s+" + ClientDatabase.ORDER_LINE_ROWS + " rows", out, all);
    assertFind("orderXlines\"?\\s+3 rows", out, all);
  }

  private static ChildJvm.Result crawl(String command, String... extra) throws Exception {
    List<String> args = new ArrayList<>(List.of("--url=" + url, "--user=dynasql", "--password=dynasql",
        "--info-level=maximum", "--schemas=dynasql", "--command=" + command,
        "--output-file=" + dir.resolve(command + ".txt")));
    args.addAll(List.of(extra));
    ChildJvm.Result r = ChildJvm.run(dir, ChildJvm.classPath("schemacrawler", false), "schemacrawler.Main", args);
    assertEquals(0, r.exitCode(), r.describe());
    return r;
  }

  /** java.util.logging lines at WARNING or SEVERE. */
  private static List<String> warnings(String log) {
    List<String> out = new ArrayList<>();
    String[] lines = log.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith("WARNING:") || lines[i].startsWith("SEVERE:")) out.add(lines[i]);
    }
    return out;
  }

  /** The row count printed in a table's section (the first one after its heading). */
  private static String rowCount(String out, String table, String all) {
    Matcher m = Pattern.compile("(?s)dynasql\\." + Pattern.quote(table) + "\\s+\\[table\\].*?(\\d+) rows\\s+\\[row count\\]").matcher(out);
    assertTrue(m.find(), "no row count for " + table + "\n" + all);
    return m.group(1);
  }

  private static void assertFind(String regex, String text, String all) {
    assertTrue(Pattern.compile(regex).matcher(text).find(), "not found: " + regex + "\n" + all);
  }
}
