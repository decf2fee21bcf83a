package io.dynasql.calcite.dml;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeleteTest {
  private DmlFixture f;

  @BeforeEach
  void rows() throws Exception {
    f = new DmlFixture();
    f.ddl("CREATE TABLE Orders (customer VARCHAR, orderId BIGINT, status VARCHAR, PRIMARY KEY (customer, orderId))");
    f.run("INSERT INTO Orders VALUES ('a', 1, 'NEW'), ('a', 2, 'PAID'), ('b', 1, 'PAID'), ('c', 1, 'NEW')");
  }

  @AfterEach
  void close() throws Exception {
    f.close();
  }

  @Test
  void deleteByKeyIsOneDeleteItemWithNoRead() throws Exception {
    assertEquals(1, f.run("DELETE FROM Orders WHERE customer = ? AND orderId = ?", "a", 2L));
    assertNull(f.item("Orders", Map.of("customer", s("a"), "orderId", n(2))));
    assertEquals(List.of("WRITE"), f.accesses());
    assertEquals(1, f.write().itemsReturned());
    assertEquals(1.0, f.write().writeUnits());
    assertEquals(0, f.run("DELETE FROM Orders WHERE customer = 'a' AND orderId = 2"), "gone already");
  }

  @Test
  void deleteWithAFilterRemovesOnlyMatchingRows() throws Exception {
    assertEquals(2, f.run("DELETE FROM Orders AS o WHERE o.status = 'PAID'"));
    assertEquals(2, f.count("Orders"));
    assertNotNull(f.item("Orders", Map.of("customer", s("a"), "orderId", n(1))));
    assertEquals(List.of("SCAN", "WRITE"), f.accesses());
  }

  @Test
  void deleteWithoutWhereEmptiesTheTable() throws Exception {
    assertEquals(4, f.run("DELETE FROM Orders"));
    assertEquals(0, f.count("Orders"));
    assertEquals(8.0, f.write().writeUnits(), "four small items, priced as a transaction");
    assertEquals(0, f.run("DELETE FROM Orders"));
  }
}
