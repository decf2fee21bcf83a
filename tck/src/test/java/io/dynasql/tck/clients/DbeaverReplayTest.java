package io.dynasql.tck.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.tck.MotoServer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@link DbeaverReplay} in a child JVM on the shaded jar and checks what DBeaver would show. */
class DbeaverReplayTest {
  @TempDir Path dir;

  @Test
  void connectBrowseAndQueryAsDbeaverDoes() throws Exception {
    String url = ClientDatabase.create(dir.resolve("db"));
    ChildJvm.Result r = ChildJvm.run(dir, ChildJvm.classPath(null, true), DbeaverReplay.class.getName(), List.of(url));
    assertEquals(0, r.exitCode(), r.describe());
    List<String> lines = r.stdout().lines().toList();

    // versions from the build (driver VersionTest checks them against pom.xml)
    io.dynasql.calcite.Version v = io.dynasql.calcite.Version.CURRENT;
    String numbers = v.text() + " (" + v.major() + "." + v.minor() + ")";
    line(r, lines, "product: dynasql " + numbers);
    line(r, lines, "driver: dynasql JDBC driver " + numbers + " jdbc 4");
    line(r, lines, "quote: \" escape: \\ extra: [] catalogSeparator: .");
    line(r, lines, "flags: transactions=true savepoints=false batch=true", " isolation=2 readOnly=false");
    line(r, lines, "connection: autoCommit=true isolation=2 readOnly=false catalog=null schema=dynasql typeMap={}");
    line(r, lines, "typeinfo: ", " types, has key types");
    line(r, lines, "schemas: [dynasql, information_schema, sys]"); // not Calcite's internal metadata schema (issue 10)
    line(r, lines, "tabletypes: [SYSTEM TABLE, TABLE]");
    String tables = value(r, lines, "tables: ");
    assertEquals(Set.of("customers", "order_lines", "orderXlines"), new TreeSet<>(Arrays.asList(tables.split(","))), r.describe());
    line(r, lines, "tables order_lines escaped: [order_lines]");
    line(r, lines, "tables order_lines unescaped: [orderXlines, order_lines]"); // _ is a wildcard, as JDBC says

    line(r, lines, "pk dynasql.customers: customerId");
    line(r, lines, "pk dynasql.order_lines: orderId,lineNo");
    line(r, lines, "pk dynasql.orderXlines: orderId,lineNo");
    line(r, lines, "fk dynasql.order_lines: [][]");
    line(r, lines, "indexes dynasql.order_lines: PK_order_lines(1:orderId) PK_order_lines(2:lineNo) lines_by_sku(1:orderId) lines_by_sku(2:sku)");
    line(r, lines, "indexes dynasql.orderXlines: PK_orderXlines(1:orderId) PK_orderXlines(2:lineNo) by_status(1:status) by_status(2:lineNo)");
    // IS_NULLABLE is "NO", as JDBC says (it was CHAR(3) "NO " before JdbcDatabaseMetaData)
    line(r, lines, "columns dynasql.order_lines: [orderId:VARCHAR:12:NO, lineNo:BIGINT:-5:NO, sku:VARCHAR:12:YES, qty:INTEGER:4:YES,"
        + " price:DECIMAL:3:YES, _item:VARCHAR:12:NO]");

    String customers = "SELECT * FROM dynasql.customers";
    assertTrue(value(r, lines, "meta " + customers + ": ").contains(" balance=DECIMAL/3/38,0/java.math.BigDecimal/"), r.describe());
    line(r, lines, "row " + customers + ": [c-1] [Ada Lovelace] [[math, engines]] [[1, 2.5, -3]]",
        "[" + ClientDatabase.BIG + "] [" + ClientDatabase.SMALL + "]");
    assertTrue(value(r, lines, "row " + customers + ": [c-1]").contains("\"city\":\"London\""), r.describe());
    line(r, lines, "rows " + customers + ": 3 hasResults=true warning=true"); // a SCAN warns
    String rollup = "SELECT sku, SUM(qty) AS total, MAX(price) AS top_price FROM order_lines WHERE \"orderId\" = 'o-1' GROUP BY sku";
    line(r, lines, "rows " + rollup + ": 2 hasResults=true warning=false"); // max rows 2 of 3 groups; a QUERY: no warning
    line(r, lines, "update count after " + rollup + ": -1");
  }

  /**
   * A connection with two sources (issue 12: "DBeaver replay ... over a connection with two sources"):
   * the navigator sees schemas {@code crm} (H2) and {@code live} (DynamoDB), their tables, columns,
   * keys and indexes, and the data tab of the DynamoDB table (DBeaver's {@code SELECT * FROM
   * live.orders}, max rows 200) answers, warned of as a SCAN and labelled with its source.
   */
  @Test
  void browseTwoSourcesAsDbeaverDoes() throws Exception {
    ChildJvm.Result r;
    try (MotoServer moto = new MotoServer()) {
      String url = SourcesDatabase.create(dir, moto);
      r = ChildJvm.run(dir, SourcesDatabase.withH2(ChildJvm.classPath(null, true)), SourcesDatabase.AWS_OPTIONS,
          DbeaverReplay.class.getName(), List.of(url, "crm", "live", "dynasql"));
    }
    assertEquals(0, r.exitCode(), r.describe());
    List<String> lines = r.stdout().lines().toList();
    line(r, lines, "schemas: [crm, dynasql, information_schema, live, sys]");
    line(r, lines, "tables crm: CUSTOMERS");
    line(r, lines, "tables live: orders");
    line(r, lines, "tables dynasql: orders");
    line(r, lines, "columns crm.CUSTOMERS: [ID:INTEGER:4:NO, NAME:VARCHAR:12:YES, CITY:VARCHAR:12:YES]");
    line(r, lines, "pk crm.CUSTOMERS: ID");
    line(r, lines, "indexes crm.CUSTOMERS: ", "CUSTOMERS_BY_CITY(1:CITY)");
    // the DynamoDB table: key typed from AttributeDefinitions, then the sampled attributes, then the whole item
    line(r, lines, "columns live.orders: [customer:VARCHAR:12:NO, orderId:DECIMAL:3:NO, ", ", _item:VARCHAR:12:NO]");
    String columns = value(r, lines, "columns live.orders: ");
    assertTrue(columns.contains("status:VARCHAR:12:YES") && columns.contains("total:BIGINT:-5:YES"), r.describe());
    line(r, lines, "pk live.orders: customer,orderId");
    line(r, lines, "fk live.orders: [][]");
    line(r, lines, "indexes live.orders: PK_orders(1:customer) PK_orders(2:orderId) byStatus(1:status) byTotal(1:customer) byTotal(2:total)");
    line(r, lines, "pk dynasql.orders: order_id");

    String live = "SELECT * FROM live.orders";
    String meta = value(r, lines, "meta " + live + ": ");
    assertTrue(meta.startsWith("customer=VARCHAR/12/") && meta.contains(" orderId=DECIMAL/3/38,10/java.math.BigDecimal/n0/ro/38/orders/live/"),
        r.describe());
    line(r, lines, "row " + live + ": [c1] [1] [7] [NEW] ", "\"customer\":\"c1\"");
    line(r, lines, "rows " + live + ": 3 hasResults=true warning=true"); // a SCAN warns
    line(r, lines, "warnings " + live + ": [Full SCAN of table orders: 3 items read, ", " on DynamoDB on-demand]");
    line(r, lines, "rows SELECT * FROM crm.CUSTOMERS: 3 hasResults=true warning=false");
    String log = "SELECT access, source, table_name FROM sys.access_log WHERE source IS NOT NULL";
    line(r, lines, "row " + log + ": [SCAN] [live] [orders]");
  }

  /** Asserts a line that starts with {@code prefix} and ends with {@code suffix}. */
  private static void line(ChildJvm.Result r, List<String> lines, String prefix, String... suffix) {
    String end = suffix.length == 0 ? "" : suffix[0];
    assertTrue(lines.stream().anyMatch(l -> suffix.length == 0 ? l.equals(prefix) : l.startsWith(prefix) && l.contains(end)),
        "no line " + prefix + (suffix.length == 0 ? "" : " ... " + end) + "\n" + r.describe());
  }

  private static String value(ChildJvm.Result r, List<String> lines, String prefix) {
    return lines.stream().filter(l -> l.startsWith(prefix)).findFirst()
        .orElseThrow(() -> new AssertionError("no line " + prefix + "\n" + r.describe())).substring(prefix.length());
  }
}
