package io.dynasql.calcite.dml;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.dynasql.engine.model.AttributeValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UpdateTest {
  private DmlFixture f;

  @BeforeEach
  void rows() throws Exception {
    f = new DmlFixture();
    f.ddl("CREATE TABLE Orders (customer VARCHAR, orderId BIGINT, status VARCHAR, total DECIMAL(10, 2), "
        + "PRIMARY KEY (customer, orderId))");
    f.run("INSERT INTO Orders VALUES ('a', 1, 'NEW', 10), ('a', 2, 'NEW', 20), ('b', 1, 'PAID', 30), ('b', 2, 'NEW', 40)");
  }

  @AfterEach
  void close() throws Exception {
    f.close();
  }

  private Map<String, AttributeValue> order(String customer, long id) {
    return f.item("Orders", Map.of("customer", s(customer), "orderId", n(id)));
  }

  @Test
  void aFullKeyUpdateDynamoDbCanExpressIsOneUpdateItemWithNoRead() throws Exception {
    assertEquals(1, f.run("UPDATE Orders SET status = 'PAID', total = total + 1 WHERE customer = 'a' AND orderId = 2"));
    assertEquals(s("PAID"), order("a", 2).get("status"));
    assertEquals(n(21), order("a", 2).get("total"));
    assertEquals(s("NEW"), order("a", 1).get("status"));
    assertEquals(List.of("WRITE"), f.accesses());
    assertEquals(1.0, f.write().writeUnits());
    assertEquals(0, f.run("UPDATE Orders SET total = total + 1 WHERE customer = 'a' AND orderId = 99"), "no such item");
  }

  @Test
  void aFullKeyUpdateSqlMustComputeReadsWithAGetAndIsPricedLikeUpdateItem() throws Exception {
    assertEquals(1, f.run("UPDATE Orders SET total = total * 2 WHERE customer = 'a' AND orderId = 2"));
    assertEquals(n(40), order("a", 2).get("total"));
    assertEquals(List.of("GET", "WRITE"), f.accesses());
    assertEquals(1.0, f.write().writeUnits());
  }

  @Test
  void aValueMayBeAScalarSubquery() throws Exception {
    assertEquals(1, f.run("UPDATE Orders SET total = (SELECT MAX(total) FROM Orders WHERE customer = 'b') WHERE customer = 'a' AND orderId = 1"));
    assertEquals(n(40), order("a", 1).get("total"));
  }

  @Test
  void aPartitionUpdateReadsWithAQuery() throws Exception {
    assertEquals(2, f.run("UPDATE Orders o SET status = 'SHIPPED' WHERE o.customer = 'b'"));
    assertEquals(s("SHIPPED"), order("b", 1).get("status"));
    assertEquals(s("SHIPPED"), order("b", 2).get("status"));
    assertEquals(List.of("QUERY", "WRITE"), f.accesses());
    assertEquals(4.0, f.write().writeUnits(), "two rows: priced as a transaction");
  }

  @Test
  void aFilteredUpdateScansAndCountsOnlyMatchingRows() throws Exception {
    assertEquals(3, f.run("UPDATE Orders SET total = 0 WHERE status = 'NEW'"));
    assertEquals(n(0), order("b", 2).get("total"));
    assertEquals(n(30), order("b", 1).get("total"));
    assertEquals(List.of("SCAN", "WRITE"), f.accesses());
    assertEquals(0, f.run("UPDATE Orders SET total = 0 WHERE customer = 'nobody' AND orderId = 1"));
    assertNull(order("nobody", 1), "an update of nothing creates nothing");
  }

  @Test
  void settingNullRemovesTheAttribute() throws Exception {
    f.run("UPDATE Orders SET status = NULL, total = 5 WHERE customer = 'a' AND orderId = 1");
    assertFalse(order("a", 1).containsKey("status"));
    assertEquals(n(5), order("a", 1).get("total"));
  }

  @Test
  void parametersInSetAndWhereAreBoundInOrder() throws Exception {
    BigDecimal precise = new BigDecimal("0.12"); // more digits than DECIMAL(10, 2) holds would be refused (22003)
    assertEquals(1, f.run("UPDATE Orders SET status = ?, total = ? WHERE customer = ? AND orderId = ?",
        "LATE", precise, "b", 2L));
    assertEquals(s("LATE"), order("b", 2).get("status"));
    assertEquals(n(precise), order("b", 2).get("total"));
    assertEquals(List.of("WRITE"), f.accesses(), "parameters the columns hold as they are: one UpdateItem");
    assertEquals(1, f.run("UPDATE Orders SET status = UPPER(CAST(? AS VARCHAR)), total = ? WHERE customer = ? AND orderId = ?",
        "late", new BigDecimal("0.5"), "b", 2L));
    assertEquals(s("LATE"), order("b", 2).get("status"));
    assertEquals(n(new BigDecimal("0.5")), order("b", 2).get("total"));
    assertEquals(List.of("GET", "WRITE"), f.accesses(), "a value SQL computes: the parameterised key is a GET");
    f.run("UPDATE Orders SET status = ? WHERE customer = ? AND orderId = ?", null, "b", 2L);
    assertFalse(order("b", 2).containsKey("status"));
  }
}
