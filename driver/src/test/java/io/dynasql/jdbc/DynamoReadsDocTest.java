package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The examples of docs/federation.md, "Parallel Scan" and "Semi-join reduction into DynamoDB
 * tables", run against a moto server started here (its endpoint in place of the page's
 * {@code http://127.0.0.1:8000}), with the page's data: Products, 1,000 items of about 1 KB, and
 * Stock, each product in warehouses w1 to w3 with qty = 10 * warehouse.
 */
class DynamoReadsDocTest {
  private static MotoEndpoint moto;

  @BeforeAll
  static void load() {
    System.setProperty("aws.accessKeyId", "test");
    System.setProperty("aws.secretAccessKey", "test");
    moto = new MotoEndpoint();
    MotoTables.create(moto.client(), "Products", "sku", null);
    moto.client().createTable(b -> b.tableName("Stock").billingMode("PAY_PER_REQUEST")
        .attributeDefinitions(d -> d.attributeName("sku").attributeType("S"), d -> d.attributeName("warehouse").attributeType("S"))
        .keySchema(k -> k.attributeName("sku").keyType("HASH"), k -> k.attributeName("warehouse").keyType("RANGE")));
    List<Map<String, AttributeValue>> products = new ArrayList<>();
    List<Map<String, AttributeValue>> stock = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      String sku = String.format("p%04d", i);
      products.add(Map.of("sku", AttributeValue.fromS(sku), "title", AttributeValue.fromS("Product " + i),
          "description", AttributeValue.fromS("d".repeat(1000))));
      for (int w = 1; w <= 3; w++) {
        stock.add(Map.of("sku", AttributeValue.fromS(sku), "warehouse", AttributeValue.fromS("w" + w),
            "qty", AttributeValue.fromN(Integer.toString(10 * w))));
      }
    }
    MotoTables.write(moto.client(), "Products", products);
    MotoTables.write(moto.client(), "Stock", stock);
  }

  @AfterAll
  static void stop() {
    moto.close();
    System.clearProperty("aws.accessKeyId");
    System.clearProperty("aws.secretAccessKey");
  }

  @Test
  void theParallelScanExampleRuns() throws Exception {
    List<List<String>> answers = run("### Parallel Scan", "dyndoc_scan");
    assertEquals(List.of("1000 Product 0 Product 999"), answers.get(0));
    String plan = String.join("\n", answers.get(1));
    assertTrue(plan.contains("DynamoTableAccess(table=[[wide, Products]], path=[access=SCAN table=Products")
        && plan.contains("segments=[4]"), plan);
    // each segment of about 250 KB is one page
    assertEquals(List.of("SCAN Scan segments=4 1000 4"), answers.get(2));
  }

  @Test
  void theSemiJoinExampleRuns() throws Exception {
    List<List<String>> answers = run("### Semi-join reduction into DynamoDB tables", "dyndoc_semi");
    assertEquals(List.of("1 Product 7", "2 Product 420", "3 Product 7"), answers.get(0));
    String plan = String.join("\n", answers.get(1));
    assertTrue(plan.contains("DynamoLookupJoin(joinType=[inner], path=[access=BATCH_GET table=Products")
        && plan.contains("est_calls=[1]"), plan);
    assertEquals(List.of("1 w1 10", "1 w2 20", "1 w3 30", "2 w1 10", "2 w2 20", "2 w3 30", "3 w1 10", "3 w2 20", "3 w3 30"),
        answers.get(2));
    assertEquals(List.of("p0999 w1", "p0999 w2", "p0999 w3"), answers.get(3));
    assertEquals(List.of("BATCH_GET BatchGetItem keys=2 2 1", "QUERY Query keys=2 6 2", "QUERY Query keys=1 3 1"),
        answers.get(4));
  }

  /** The answers of the section's statements that return rows, in order. */
  private static List<List<String>> run(String section, String database) throws Exception {
    List<String> statements = DocSql.statements(DocSql.block(DocSql.section("federation.md", section), "sql"));
    List<List<String>> answers = new ArrayList<>();
    try (Connection conn = DriverManager.getConnection("jdbc:dynasql:mem:" + database); Statement s = conn.createStatement()) {
      for (String sql : statements) {
        if (!s.execute(sql.replace("http://127.0.0.1:8000", moto.url()))) continue;
        answers.add(rows(s.getResultSet()));
      }
    }
    return answers;
  }

  private static List<String> rows(ResultSet rs) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (rs) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) b.append(i == 1 ? "" : " ").append(rs.getString(i));
        rows.add(b.toString());
      }
    }
    return rows;
  }
}
