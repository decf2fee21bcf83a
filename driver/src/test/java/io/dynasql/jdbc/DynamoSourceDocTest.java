package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

/**
 * The example of docs/federation.md, "DynamoDB endpoints", run against a moto server started here
 * (its endpoint written in place of the page's {@code http://127.0.0.1:8000}), with the answers
 * the page's data gives.
 */
class DynamoSourceDocTest {
  @Test
  void theExampleRunsAgainstAnEndpoint() throws Exception {
    System.setProperty("aws.accessKeyId", "test");
    System.setProperty("aws.secretAccessKey", "test");
    try (MotoEndpoint moto = new MotoEndpoint()) {
      load(moto.client());
      List<String> statements = DocSql.statements(DocSql.block(DocSql.section("federation.md", "## DynamoDB endpoints"), "sql"));
      assertEquals(5, statements.size(), statements.toString());
      List<List<String>> answers = new ArrayList<>();
      try (Connection conn = DriverManager.getConnection("jdbc:dynasql:mem:dynsrc_docs"); Statement s = conn.createStatement()) {
        for (String sql : statements) {
          if (!s.execute(sql.replace("http://127.0.0.1:8000", moto.url()))) continue;
          List<String> rows = new ArrayList<>();
          try (ResultSet rs = s.getResultSet()) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
              StringBuilder b = new StringBuilder();
              for (int i = 1; i <= n; i++) b.append(i == 1 ? "" : " ").append(rs.getString(i));
              rows.add(b.toString());
            }
          }
          answers.add(rows);
        }
      }
      assertEquals(List.of("42"), answers.get(0));
      assertEquals(List.of("2 14", "3 21"), answers.get(1));
      assertEquals(List.of("c1 2", "c2 2"), answers.get(2).stream().sorted().toList());
      List<String> log = answers.get(3).stream().sorted().toList();
      assertEquals(3, log.size(), log.toString());
      assertTrue(log.get(0).startsWith("GET live GetItem ") && log.get(1).startsWith("QUERY live Query ")
          && log.get(2).startsWith("QUERY live Query "), log.toString());
    } finally {
      System.clearProperty("aws.accessKeyId");
      System.clearProperty("aws.secretAccessKey");
    }
  }

  /** Orders of customers c1 and c2, orders 1 to 3: total = 7 * customer * order, status PAID for order 2. */
  private static void load(DynamoDbClient c) {
    c.createTable(b -> b.tableName("Orders").billingMode("PAY_PER_REQUEST")
        .attributeDefinitions(d -> d.attributeName("customer").attributeType("S"),
            d -> d.attributeName("orderId").attributeType("N"), d -> d.attributeName("status").attributeType("S"))
        .keySchema(k -> k.attributeName("customer").keyType("HASH"), k -> k.attributeName("orderId").keyType("RANGE"))
        .globalSecondaryIndexes(g -> g.indexName("byStatus").keySchema(k -> k.attributeName("status").keyType("HASH"))
            .projection(p -> p.projectionType(ProjectionType.ALL))));
    for (int customer = 1; customer <= 2; customer++) {
      for (int order = 1; order <= 3; order++) {
        Map<String, AttributeValue> item = Map.of("customer", AttributeValue.fromS("c" + customer),
            "orderId", AttributeValue.fromN(Integer.toString(order)), "total", AttributeValue.fromN(Integer.toString(7 * customer * order)),
            "status", AttributeValue.fromS(order == 2 ? "PAID" : "NEW"));
        c.putItem(b -> b.tableName("Orders").item(item));
      }
    }
  }
}
