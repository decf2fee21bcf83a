package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The example of docs/federation.md, "Writes" under "DynamoDB endpoints", run against a moto server
 * (its endpoint written in place of the page's {@code http://127.0.0.1:8000}) holding the page's
 * Orders (customers c1 and c2, orders 1 to 3, total = 7 * customer * order, PAID for order 2); the
 * items are then read with the AWS SDK.
 */
class DynamoSourceWritesDocTest {
  @Test
  void theExampleRunsAgainstAnEndpoint() throws Exception {
    List<String> statements = DocSql.statements(DocSql.block(DocSql.section("federation.md", "### Writes"), "sql"));
    assertEquals(9, statements.size(), statements.toString());
    try (DynamoWriteFixture f = new DynamoWriteFixture("Orders")) {
      f.moto.client().deleteItem(b -> b.tableName("Orders").key(java.util.Map.of(
          "customer", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("seed"),
          "orderId", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN("0"))));
      for (int customer = 1; customer <= 2; customer++) {
        for (int order = 1; order <= 3; order++) f.put("Orders", "c" + customer, order, 7L * customer * order, order == 2 ? "PAID" : "NEW");
      }
      List<Long> counts = new ArrayList<>();
      List<String> plan = new ArrayList<>();
      List<String> log = new ArrayList<>();
      try (Statement s = f.conn.createStatement()) {
        s.execute("DROP SOURCE live"); // the page declares it
        for (String sql : statements) {
          if (!s.execute(sql.replace("http://127.0.0.1:8000", f.moto.url()))) {
            counts.add(s.getLargeUpdateCount());
            continue;
          }
          List<String> into = sql.startsWith("EXPLAIN") ? plan : log;
          try (ResultSet rs = s.getResultSet()) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
              StringBuilder b = new StringBuilder();
              for (int i = 1; i <= n; i++) b.append(i == 1 ? "" : " ").append(rs.getString(i));
              into.add(b.toString());
            }
          }
        }
      }
      assertEquals(List.of(0L, 1L, 2L, 1L, 1L, 1L, 2L), counts); // CREATE SOURCE, then each write's rows
      assertEquals("22", f.get("Orders", "c3", 1).get("total").n());
      assertEquals("42", f.get("Orders", "c3", 2).get("total").n());
      assertEquals("PAID", f.get("Orders", "c3", 3).get("status").s());
      assertEquals("60", f.get("Orders", "c3", 3).get("total").n());
      assertEquals("SHIPPED", f.get("Orders", "c1", 2).get("status").s());
      assertEquals("NEW", f.get("Orders", "c1", 1).get("status").s());
      assertNull(f.get("Orders", "c2", 2));
      assertNull(f.get("Orders", "c2", 3));
      assertEquals("14", f.get("Orders", "c2", 1).get("total").n());
      String explained = String.join("\n", plan);
      assertTrue(explained.contains("access=QUERY table=Orders key=[customer = 'c3']")
          && explained.contains("DynamoWrite(source=[live], table=[Orders], calls=[DeleteItem per item], atomic_on_dynamodb=[false]"),
          explained);
      assertEquals(7, f.count("Orders")); // c1 1-3, c2 1, c3 1-3: nothing deleted by EXPLAIN
      assertEquals(List.of("DeleteItem 2 2", "PutItem 1 1", "PutItem 1 1", "TransactWriteItems 2 1", "UpdateItem 1 1",
          "UpdateItem 1 1"), log.stream().sorted().toList());
    }
  }
}
