package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A DynamoDB source's tables in DatabaseMetaData and in {@code sys.source_*} (issue 12), against
 * the moto server: schema {@code live} is the source, tables come from ListTables, columns from
 * the key schema (typed from AttributeDefinitions) and the sampled attributes, the key is the
 * primary key and the unique index {@code PK_<table>}, and each global and local secondary index
 * is a non-unique index over its key. An H2 source beside it is listed as before.
 * Key schema and secondary indexes: https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateTable.html
 * and https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/SecondaryIndexes.html
 */
class DynamoSourceMetadataTest {
  private static MotoEndpoint moto;
  private static int next;
  private Connection conn;

  @BeforeAll
  static void startMoto() {
    System.setProperty("aws.accessKeyId", "test"); // the SDK's default provider chain; moto accepts any key
    System.setProperty("aws.secretAccessKey", "test");
    moto = new MotoEndpoint();
    DynamoDbClient c = moto.client();
    c.createTable(b -> b.tableName("orders").billingMode("PAY_PER_REQUEST")
        .attributeDefinitions(d -> d.attributeName("customer").attributeType("S"), d -> d.attributeName("orderId").attributeType("N"),
            d -> d.attributeName("status").attributeType("S"), d -> d.attributeName("total").attributeType("N"))
        .keySchema(k -> k.attributeName("customer").keyType("HASH"), k -> k.attributeName("orderId").keyType("RANGE"))
        .globalSecondaryIndexes(g -> g.indexName("byStatus").projection(p -> p.projectionType("ALL"))
            .keySchema(k -> k.attributeName("status").keyType("HASH"), k -> k.attributeName("orderId").keyType("RANGE")))
        .localSecondaryIndexes(l -> l.indexName("byTotal").projection(p -> p.projectionType("KEYS_ONLY"))
            .keySchema(k -> k.attributeName("customer").keyType("HASH"), k -> k.attributeName("total").keyType("RANGE"))));
    c.putItem(b -> b.tableName("orders").item(Map.of("customer", AttributeValue.fromS("c1"), "orderId", AttributeValue.fromN("1"),
        "status", AttributeValue.fromS("NEW"), "total", AttributeValue.fromN("7"), "tags", AttributeValue.fromSs(List.of("gift")))));
    c.createTable(b -> b.tableName("ordinals").billingMode("PAY_PER_REQUEST")
        .attributeDefinitions(d -> d.attributeName("n").attributeType("N")).keySchema(k -> k.attributeName("n").keyType("HASH")));
    c.createTable(b -> b.tableName("customers").billingMode("PAY_PER_REQUEST")
        .attributeDefinitions(d -> d.attributeName("id").attributeType("B")).keySchema(k -> k.attributeName("id").keyType("HASH")));
  }

  @AfterAll
  static void stopMoto() {
    moto.close();
    System.clearProperty("aws.accessKeyId");
    System.clearProperty("aws.secretAccessKey");
  }

  @BeforeEach
  void connect() throws SQLException {
    conn = DriverManager.getConnection("jdbc:dynasql:mem:dynmeta_" + (++next));
    try (Statement s = conn.createStatement()) {
      s.execute("CREATE SOURCE live TYPE DYNAMODB OPTIONS (endpoint '" + moto.url() + "', region 'us-east-1')");
    }
  }

  @AfterEach
  void close() throws SQLException {
    conn.close();
  }

  @Test
  void theSourceIsASchemaAndItsTablesAreFilteredByJdbcPatterns() throws SQLException {
    DatabaseMetaData md = conn.getMetaData();
    assertEquals(List.of("live|null"), strings(md.getSchemas(null, "li%"), "TABLE_SCHEM", "TABLE_CATALOG"));
    assertEquals(List.of("null|live|orders|TABLE", "null|live|ordinals|TABLE"),
        strings(md.getTables(null, "live", "ord%", null), "TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "TABLE_TYPE"));
    assertEquals(List.of("orders"), strings(md.getTables(null, "live", "ord_rs", new String[] {"TABLE"}), "TABLE_NAME"));
    assertEquals(List.of(), strings(md.getTables(null, "live", "ORD%", null), "TABLE_NAME")); // patterns match case, as names do
    assertEquals(List.of(), strings(md.getTables(null, "live", "%", new String[] {"SYSTEM TABLE"}), "TABLE_NAME"));
    assertEquals(List.of("customers", "orders", "ordinals"), strings(md.getTables(null, "l_ve", null, null), "TABLE_NAME"));
  }

  @Test
  void columnsAreTheKeyTheSampledAttributesAndTheItemTypedAsDynasqlTablesAre() throws SQLException {
    List<String> columns = strings(conn.getMetaData().getColumns(null, "live", "orders", "%"), "ORDINAL_POSITION", "COLUMN_NAME",
        "TYPE_NAME", "DATA_TYPE", "COLUMN_SIZE", "DECIMAL_DIGITS", "IS_NULLABLE", "REMARKS");
    // the keys first, typed from AttributeDefinitions (N: DECIMAL(38, 10), as a dynasql table's N key); _item last
    assertEquals("1|customer|VARCHAR|" + Types.VARCHAR + "|null|null|NO|KEY", columns.get(0), columns.toString());
    assertEquals("2|orderId|DECIMAL|" + Types.DECIMAL + "|38|10|NO|KEY", columns.get(1), columns.toString());
    assertEquals("6|_item|VARCHAR|" + Types.VARCHAR + "|null|null|NO|ITEM", columns.get(5), columns.toString());
    // sampled attributes in the order the sample met them: whole numbers are BIGINT, a string set VARCHAR ARRAY
    List<String> sampled = columns.subList(2, 5).stream().map(r -> r.substring(2)).sorted().toList();
    assertEquals(List.of("status|VARCHAR|" + Types.VARCHAR + "|null|null|YES|SAMPLED",
        "tags|VARCHAR ARRAY|" + Types.ARRAY + "|null|null|YES|SAMPLED",
        "total|BIGINT|" + Types.BIGINT + "|null|null|YES|SAMPLED"), sampled);
    // a binary key, and an empty table has its key and _item only
    assertEquals(List.of("id|VARBINARY|NO", "_item|VARCHAR|NO"),
        strings(conn.getMetaData().getColumns(null, "live", "customers", null), "COLUMN_NAME", "TYPE_NAME", "IS_NULLABLE"));
    // what getColumns says is what a query of the table answers
    try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM live.orders")) {
      ResultSetMetaData m = rs.getMetaData();
      List<String> shown = new ArrayList<>();
      for (int i = 1; i <= m.getColumnCount(); i++) shown.add(m.getColumnName(i) + "|" + m.getColumnType(i));
      List<String> listed = columns.stream().map(r -> r.split("\\|")[1] + "|" + r.split("\\|")[3]).toList();
      assertEquals(listed, shown);
    }
  }

  @Test
  void theKeyIsThePrimaryKeyAndTheUniqueIndexBesideTheSecondaryIndexes() throws SQLException {
    DatabaseMetaData md = conn.getMetaData();
    assertEquals(List.of("null|live|orders|customer|1", "null|live|orders|orderId|2"),
        strings(md.getPrimaryKeys(null, "live", "orders"), "TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME", "KEY_SEQ").stream()
            .sorted().toList());
    assertEquals(List.of("false|PK_orders|1|customer|A", "false|PK_orders|2|orderId|A", "true|byStatus|1|status|A",
        "true|byStatus|2|orderId|A", "true|byTotal|1|customer|A", "true|byTotal|2|total|A"),
        strings(md.getIndexInfo(null, "live", "orders", false, true), "NON_UNIQUE", "INDEX_NAME", "ORDINAL_POSITION", "COLUMN_NAME",
            "ASC_OR_DESC"));
    assertEquals(List.of("PK_orders|customer", "PK_orders|orderId"),
        strings(md.getIndexInfo(null, "live", "orders", true, true), "INDEX_NAME", "COLUMN_NAME"));
    assertEquals(List.of("PK_ordinals|n"), strings(md.getIndexInfo(null, "live", "ordinals", false, true), "INDEX_NAME", "COLUMN_NAME"));
  }

  @Test
  void theSystemTablesHoldTheSameRows() throws SQLException {
    assertEquals(List.of("null|live|customers|live|", "null|live|orders|live|", "null|live|ordinals|live|"),
        query(conn, "SELECT * FROM sys.source_tables WHERE \"source\" = 'live' ORDER BY \"table_name\""));
    assertEquals(List.of("live|orders|customer|12|VARCHAR|null|null|false|1|KEY", "live|orders|orderId|3|DECIMAL|38|10|false|2|KEY"),
        query(conn, "SELECT \"jdbc_schema\", \"table_name\", \"column_name\", \"data_type\", \"type_name\", \"column_size\","
            + " \"decimal_digits\", \"nullable\", \"ordinal_position\", \"remote_type\" FROM sys.source_columns"
            + " WHERE \"table_name\" = 'orders' AND \"ordinal_position\" <= 2 ORDER BY \"ordinal_position\""));
    assertEquals(List.of("orders|customer|1", "orders|orderId|2", "ordinals|n|1"),
        query(conn, "SELECT \"table_name\", \"column_name\", \"key_seq\" FROM sys.source_primary_keys"
            + " WHERE \"jdbc_schema\" = 'live' AND \"table_name\" LIKE 'ord%' ORDER BY 1, 3"));
    assertEquals(List.of("orders|byTotal|true|1|customer|A|null", "orders|byTotal|true|2|total|A|null"),
        query(conn, "SELECT \"table_name\", \"index_name\", \"non_unique\", \"ordinal_position\", \"column_name\", \"asc_or_desc\","
            + " \"cardinality\" FROM sys.source_indexes WHERE \"index_name\" = 'byTotal' ORDER BY 4"));
  }

  @Test
  void aJdbcSourceBesideItIsListedAsBefore() throws SQLException {
    try (Statement s = conn.createStatement()) {
      String h2 = "jdbc:h2:mem:dynmeta_crm_" + next + ";DB_CLOSE_DELAY=-1";
      try (Connection c = DriverManager.getConnection(h2, "sa", ""); Statement st = c.createStatement()) {
        st.execute("CREATE TABLE orders_archive (id INT PRIMARY KEY, note VARCHAR(20))");
      }
      s.execute("CREATE SOURCE crm TYPE JDBC OPTIONS (url '" + h2 + "', user 'sa', pool_size '1')");
    }
    DatabaseMetaData md = conn.getMetaData();
    List<String> tables = strings(md.getTables(null, "%", "%", new String[] {"TABLE"}), "TABLE_SCHEM", "TABLE_NAME");
    assertEquals(List.of("crm|ORDERS_ARCHIVE", "live|customers", "live|orders", "live|ordinals"), tables);
    assertEquals(List.of("crm", "live"), strings(md.getSchemas(null, "%"), "TABLE_SCHEM").stream()
        .filter(n -> n.equals("crm") || n.equals("live")).toList());
    assertEquals(List.of("ID|1", "NOTE|2"), strings(md.getColumns(null, "crm", "ORDERS\\_ARCHIVE", null), "COLUMN_NAME", "ORDINAL_POSITION"));
  }

  @Test
  void anEndpointThatIsGoneIsLeftOutOfTheListingAndAStatementNamingItFailsWith08001(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws SQLException {
    String url = "jdbc:dynasql:" + dir.resolve("db");
    try (MotoEndpoint doomed = new MotoEndpoint()) {
      doomed.client().createTable(b -> b.tableName("gone_table").billingMode("PAY_PER_REQUEST")
          .attributeDefinitions(d -> d.attributeName("id").attributeType("S")).keySchema(k -> k.attributeName("id").keyType("HASH")));
      try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
        s.execute("CREATE SOURCE live TYPE DYNAMODB OPTIONS (endpoint '" + moto.url() + "', region 'us-east-1')");
        s.execute("CREATE SOURCE gone TYPE DYNAMODB OPTIONS (endpoint '" + doomed.url() + "', region 'us-east-1')");
        assertEquals(List.of("gone|gone_table"), strings(c.getMetaData().getTables(null, "gone", "%", null), "TABLE_SCHEM", "TABLE_NAME"));
        doomed.close(); // the endpoint stops after its tables were listed and before they were described
        assertEquals(List.of("gone|gone_table"), strings(c.getMetaData().getTables(null, "gone", "%", null), "TABLE_SCHEM", "TABLE_NAME"));
        assertEquals(List.of(), strings(c.getMetaData().getColumns(null, "gone", "%", "%"), "COLUMN_NAME"));
        assertEquals(List.of("customer", "orderId"), strings(c.getMetaData().getPrimaryKeys(null, "live", "orders"), "COLUMN_NAME"));
      }
    } // the database closed with its last connection, so the next one connects afresh
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      DatabaseMetaData md = c.getMetaData();
      assertEquals(List.of("live|customers", "live|orders", "live|ordinals"),
          strings(md.getTables(null, "%", "%", new String[] {"TABLE"}), "TABLE_SCHEM", "TABLE_NAME"));
      assertEquals(List.of(), strings(md.getColumns(null, "gone", "%", "%"), "COLUMN_NAME"));
      SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> s.executeQuery("SELECT * FROM gone.gone_table"));
      assertEquals("08001", e.getSQLState(), e.getMessage());
      assertTrue(e.getMessage().contains("Source gone") && e.getMessage().contains("cannot reach the endpoint"), e.getMessage());
    }
  }

  /** An endpoint that accepts connections and never answers (a listening socket nobody reads) is refused, not waited on. */
  @Test
  void anEndpointThatNeverAnswersIsRefusedWith08001() throws Exception {
    try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        Statement s = conn.createStatement()) {
      SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> s.execute(
          "CREATE SOURCE silent TYPE DYNAMODB OPTIONS (endpoint 'http://127.0.0.1:" + silent.getLocalPort() + "', region 'us-east-1')"));
      assertEquals("08001", e.getSQLState(), e.getMessage());
      assertTrue(e.getMessage().startsWith("Source silent, ListTables: cannot reach the endpoint: "), e.getMessage());
      assertEquals(List.of(), strings(conn.getMetaData().getTables(null, "silent", "%", null), "TABLE_NAME"));
    }
  }

  /** docs/federation.md, "## Metadata": its DynamoDB example, run against this class's endpoint, answers as the page shows. */
  @Test
  void theDocsExampleAnswersAsThePageShows() throws Exception {
    String section = DocSql.section("federation.md", "## Metadata");
    List<String> statements = DocSql.statements(DocSql.block(section, "sql"));
    assertEquals(2, statements.size(), statements.toString());
    List<String> expected = DocSql.block(section, "text").lines().map(l -> l.replaceAll("\\s*\\|\\s*", "|").strip()).toList();
    try (Connection c = DriverManager.getConnection("jdbc:dynasql:mem:dynmeta_docs"); Statement s = c.createStatement()) {
      s.execute(statements.get(0).replace("http://127.0.0.1:8000", moto.url()));
      assertEquals(expected, query(c, statements.get(1)));
    }
  }

  private static List<String> query(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      ResultSet rs = s.executeQuery(sql);
      String[] names = new String[rs.getMetaData().getColumnCount()];
      for (int i = 0; i < names.length; i++) names[i] = rs.getMetaData().getColumnLabel(i + 1);
      return strings(rs, names);
    }
  }

  /** Each row as its columns' values joined by {@code |}. */
  private static List<String> strings(ResultSet rs, String... columns) throws SQLException {
    List<String> out = new ArrayList<>();
    try (rs) {
      while (rs.next()) {
        java.util.StringJoiner row = new java.util.StringJoiner("|");
        for (String c : columns) row.add(String.valueOf(rs.getString(c)));
        out.add(row.toString());
      }
    }
    return out;
  }
}
