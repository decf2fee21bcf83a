package io.dynasql.calcite.dml;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynasql.engine.error.TransactionCanceledException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DuplicateKeyTest {
  private DmlFixture f;

  @BeforeEach
  void rows() throws Exception {
    f = new DmlFixture();
    f.ddl("CREATE TABLE Orders (customer VARCHAR, orderId BIGINT, status VARCHAR, PRIMARY KEY (customer, orderId))");
    f.run("INSERT INTO Orders VALUES ('a', 1, 'NEW')");
  }

  @AfterEach
  void close() throws Exception {
    f.close();
  }

  @Test
  void anExistingKeyFailsTheWholeInsertAndNamesTheKey() {
    DuplicateKeyException e = assertThrows(DuplicateKeyException.class,
        () -> f.run("INSERT INTO Orders VALUES ('b', 1, 'NEW'), ('a', 1, 'OTHER'), ('c', 1, 'NEW')"));
    assertEquals("Duplicate key in table Orders: an item with customer = 'a', orderId = 1 already exists", e.getMessage());
    assertEquals("Orders", e.table());
    assertInstanceOf(TransactionCanceledException.class, e.getCause());
    assertEquals(1, f.count("Orders"), "neither b nor c was written");
    assertEquals(s("NEW"), f.item("Orders", Map.of("customer", s("a"), "orderId", n(1))).get("status"));
  }

  @Test
  void aOneRowInsertOfAnExistingKeyIsADuplicateToo() {
    DuplicateKeyException e = assertThrows(DuplicateKeyException.class,
        () -> f.run("INSERT INTO Orders (customer, orderId) VALUES (?, ?)", "a", 1));
    assertEquals("customer = 'a', orderId = 1", e.key());
  }

  @Test
  void oneKeyTwiceInOneInsertWritesNothing() {
    DuplicateKeyException e = assertThrows(DuplicateKeyException.class,
        () -> f.run("INSERT INTO Orders VALUES ('x', 7, 'A'), ('y', 1, 'B'), ('x', 7, 'C')"));
    assertEquals("Duplicate key in table Orders: the statement inserts customer = 'x', orderId = 7 more than once", e.getMessage());
    assertNull(f.item("Orders", Map.of("customer", s("y"), "orderId", n(1))));
    assertEquals(1, f.count("Orders"));
  }

  @Test
  void insertSelectOfTheTableIntoItselfMeetsItsOwnKeys() {
    assertThrows(DuplicateKeyException.class, () -> f.run("INSERT INTO Orders SELECT customer, orderId, status FROM Orders"));
    assertEquals(1, f.count("Orders"));
  }
}
