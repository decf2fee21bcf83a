package io.dynasql.tck.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.tck.MotoServer;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two sources seen through the clients a user points at dynasql (issue 12: "DatabaseMetaData lists
 * sources' schemas, tables, columns, keys and indexes, so DBeaver's navigator, SchemaCrawler and
 * sqlline show them"): an H2 file database declared as {@code crm} and a DynamoDB endpoint (the
 * moto server) declared as {@code live} ({@link SourcesDatabase}), opened by a child JVM whose class
 * path is the shaded driver jar, the client's jars and H2's jar, as a user adds a source's JDBC
 * driver to a tool's class path, and whose VM options carry the AWS keys.
 */
class SourcesInClientsTest {
  @TempDir static Path dir;
  private static MotoServer moto;
  private static String url;

  @BeforeAll
  static void createDatabases() throws Exception {
    moto = new MotoServer();
    url = SourcesDatabase.create(dir, moto);
  }

  @AfterAll
  static void stopMoto() {
    moto.close();
  }

  @Test
  void sqllineListsBothSourcesAndQueriesThem() throws Exception {
    Path script = dir.resolve("sources.sql");
    try (InputStream in = SourcesInClientsTest.class.getResourceAsStream("/clients/sources.sql")) {
      Files.copy(in, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    ChildJvm.Result r = ChildJvm.run(dir, SourcesDatabase.withH2(ChildJvm.classPath("sqlline", false)), SourcesDatabase.AWS_OPTIONS,
        "sqlline.SqlLine", List.of("-u", url, "-n", "dynasql", "-p", "dynasql", "--maxWidth=1000", "--run=" + script));
    assertEquals(0, r.exitCode(), r.describe());
    assertFalse(r.stderr().contains("Error:"), r.describe());
    assertRow(r, "crm", "CUSTOMERS", "TABLE");
    assertRow(r, "live", "orders", "TABLE");
    assertRow(r, "dynasql", "orders", "TABLE");
    assertRow(r, "CUSTOMERS", "CITY", "12", "VARCHAR");
    assertRow(r, "CUSTOMERS", "ID", "1");
    // the DynamoDB table: its key typed from AttributeDefinitions, a sampled attribute, its key and indexes
    assertRow(r, "live", "orders", "customer", "12", "VARCHAR");
    assertRow(r, "live", "orders", "orderId", "3", "DECIMAL");
    assertRow(r, "live", "orders", "total", "-5", "BIGINT");
    assertRow(r, "live", "orders", "customer", "1");
    assertRow(r, "live", "orders", "orderId", "2");
    assertRow(r, "PK_orders", "3", "2", "orderId");
    assertRow(r, "byStatus", "3", "1", "status");
    assertRow(r, "byTotal", "3", "2", "total");
    assertRow(r, "Ada", "5");
    assertRow(r, "Alan", "7.5");
    assertFalse(r.stdout().contains("Grace"), "the filter on city applies\n" + r.describe());
    assertRow(r, "c1", "1", "7");
    assertRow(r, "c1", "2", "14");
    assertRow(r, "REMOTE_SQL", "crm");
    assertRow(r, "QUERY", "live", "orders");
  }

  @Test
  void schemaCrawlerListsBothSourcesTablesWithTheirKeysAndIndexes() throws Exception {
    List<String> args = List.of("--url=" + url, "--user=dynasql", "--password=dynasql", "--info-level=standard",
        "--schemas=crm|dynasql|live", "--command=schema", "--output-file=" + dir.resolve("schema.txt"), "--log-level=CONFIG");
    ChildJvm.Result r = ChildJvm.run(dir, SourcesDatabase.withH2(ChildJvm.classPath("schemacrawler", false)),
        SourcesDatabase.AWS_OPTIONS, "schemacrawler.Main", args);
    assertEquals(0, r.exitCode(), r.describe());
    String out = Files.readString(dir.resolve("schema.txt"));
    String all = r.describe() + "\n--- schema.txt ---\n" + out;
    assertTrue(Pattern.compile("crm\\.CUSTOMERS\\s+\\[table\\]").matcher(out).find(), all);
    assertTrue(Pattern.compile("\\[primary key\\]\\s+ID\\s").matcher(out).find(), all);
    assertTrue(Pattern.compile("CITY\\s+VARCHAR").matcher(out).find(), all);
    assertTrue(Pattern.compile("dynasql\\.orders\\s+\\[table\\]").matcher(out).find(), all);
    assertTrue(Pattern.compile("live\\.orders\\s+\\[table\\]").matcher(out).find(), all);
    assertTrue(Pattern.compile("\\[primary key\\]\\s+customer\\s+\"orderId\"\\s").matcher(out).find(), all);
    assertTrue(Pattern.compile("\"orderId\"\\s+DECIMAL\\(38, 10\\)").matcher(out).find(), all);
    assertTrue(Pattern.compile("\"byStatus\"\\s+\\[non-unique index\\]\\s+status\\s+ascending").matcher(out).find(), all);
    assertTrue(Pattern.compile("\"byTotal\"\\s+\\[non-unique index\\]\\s+customer\\s+ascending\\s+total\\s+ascending")
        .matcher(out).find(), all);
  }

  private static void assertRow(ChildJvm.Result r, String... cells) {
    StringBuilder re = new StringBuilder("\\|");
    for (String c : cells) re.append("\\s*").append(Pattern.quote(c)).append("\\s*\\|");
    assertTrue(Pattern.compile(re.toString()).matcher(r.stdout()).find(),
        "no row with cells " + String.join(" | ", cells) + "\n" + r.describe());
  }
}
