package io.dynasql.tck.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A relational source seen through the clients a user points at dynasql (issue 12: "DatabaseMetaData
 * lists sources' schemas, tables, columns, keys and indexes, so DBeaver's navigator, SchemaCrawler
 * and sqlline show them"): an H2 file database declared with {@code CREATE SOURCE crm}, opened by a
 * child JVM whose class path is the shaded driver jar, the client's jars and H2's jar, as a user
 * adds a source's JDBC driver to a tool's class path.
 */
class SourcesInClientsTest {
  @TempDir static Path dir;
  private static String url;

  @BeforeAll
  static void createDatabases() throws Exception {
    String crm = "jdbc:h2:file:" + dir.resolve("crm").toAbsolutePath();
    try (Connection h2 = DriverManager.getConnection(crm, "sa", ""); Statement st = h2.createStatement()) {
      st.execute("CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(40), city VARCHAR(40))");
      st.execute("CREATE INDEX customers_by_city ON customers (city)");
      st.execute("INSERT INTO customers VALUES (1, 'Ada', 'London'), (2, 'Grace', 'New York'), (3, 'Alan', 'London')");
    }
    url = "jdbc:dynasql:" + dir.resolve("db").toAbsolutePath();
    try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
      st.execute("CREATE SOURCE crm TYPE JDBC OPTIONS (url '" + crm + "', user 'sa', pool_size '2')");
      st.execute("CREATE TABLE orders (order_id BIGINT, customer_id BIGINT, amount DECIMAL(10,2), PRIMARY KEY (order_id))");
      st.execute("INSERT INTO orders VALUES (10, 1, 5), (11, 3, 7.5), (12, 2, 9)");
    }
  }

  @Test
  void sqllineListsTheSourceAndJoinsAcrossIt() throws Exception {
    Path script = dir.resolve("sources.sql");
    try (InputStream in = SourcesInClientsTest.class.getResourceAsStream("/clients/sources.sql")) {
      Files.copy(in, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    ChildJvm.Result r = ChildJvm.run(dir, withH2(ChildJvm.classPath("sqlline", false)), "sqlline.SqlLine",
        List.of("-u", url, "-n", "dynasql", "-p", "dynasql", "--maxWidth=1000", "--run=" + script));
    assertEquals(0, r.exitCode(), r.describe());
    assertFalse(r.stderr().contains("Error:"), r.describe());
    assertRow(r, "crm", "CUSTOMERS", "TABLE");
    assertRow(r, "dynasql", "orders", "TABLE");
    assertRow(r, "CUSTOMERS", "CITY", "12", "VARCHAR");
    assertRow(r, "CUSTOMERS", "ID", "1");
    assertRow(r, "Ada", "5");
    assertRow(r, "Alan", "7.5");
    assertFalse(r.stdout().contains("Grace"), "the filter on city applies\n" + r.describe());
    assertRow(r, "REMOTE_SQL", "crm");
  }

  @Test
  void schemaCrawlerListsTheSourceTableWithItsKey() throws Exception {
    List<String> args = List.of("--url=" + url, "--user=dynasql", "--password=dynasql", "--info-level=standard",
        "--schemas=crm|dynasql", "--command=schema", "--output-file=" + dir.resolve("schema.txt"), "--log-level=CONFIG");
    ChildJvm.Result r = ChildJvm.run(dir, withH2(ChildJvm.classPath("schemacrawler", false)), "schemacrawler.Main", args);
    assertEquals(0, r.exitCode(), r.describe());
    String out = Files.readString(dir.resolve("schema.txt"));
    String all = r.describe() + "\n--- schema.txt ---\n" + out;
    assertTrue(Pattern.compile("crm\\.CUSTOMERS\\s+\\[table\\]").matcher(out).find(), all);
    assertTrue(Pattern.compile("\\[primary key\\]\\s+ID\\s").matcher(out).find(), all);
    assertTrue(Pattern.compile("CITY\\s+VARCHAR").matcher(out).find(), all);
    assertTrue(Pattern.compile("dynasql\\.orders\\s+\\[table\\]").matcher(out).find(), all);
  }

  /** The client's class path plus H2's jar: the source's JDBC driver, as a user would add it. */
  private static List<Path> withH2(List<Path> classPath) throws Exception {
    List<Path> cp = new ArrayList<>(classPath);
    cp.add(Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    return cp;
  }

  private static void assertRow(ChildJvm.Result r, String... cells) {
    StringBuilder re = new StringBuilder("\\|");
    for (String c : cells) re.append("\\s*").append(Pattern.quote(c)).append("\\s*\\|");
    assertTrue(Pattern.compile(re.toString()).matcher(r.stdout()).find(),
        "no row with cells " + String.join(" | ", cells) + "\n" + r.describe());
  }
}
