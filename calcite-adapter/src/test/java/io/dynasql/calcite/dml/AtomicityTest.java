package io.dynasql.calcite.dml;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynasql.engine.api.DeleteItemRequest;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.error.TransactionCanceledException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.calcite.schema.impl.ScalarFunctionImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A statement writes all its rows or none, whatever fails and wherever. */
class AtomicityTest {
  private DmlFixture f;

  @BeforeEach
  void table() throws Exception {
    f = new DmlFixture();
    f.ddl("CREATE TABLE Orders (customer VARCHAR, orderId BIGINT, status VARCHAR, PRIMARY KEY (customer, orderId))");
  }

  @AfterEach
  void close() throws Exception {
    f.close();
  }

  /** An INSERT of 200 rows whose row {@code bad} (1-based) is {@code badRow}. */
  private static String insert200(int bad, String badRow) {
    List<String> rows = new ArrayList<>();
    for (int i = 1; i <= 200; i++) rows.add(i == bad ? badRow : "('c', " + i + ", 'NEW')");
    return "INSERT INTO Orders VALUES " + String.join(", ", rows);
  }

  @Test
  void aFailureInTheMiddleOfAnInsertWritesNothing() throws Exception {
    assertThrows(DmlException.class, () -> f.run(insert200(150, "('c', NULL, 'NEW')")));
    assertThrows(DmlException.class, () -> f.run(insert200(150, "('c', 150.5e300, 'NEW')")));
    assertEquals(0, f.count("Orders"));
    f.run("INSERT INTO Orders VALUES ('c', 120, 'OLD')");
    assertThrows(DuplicateKeyException.class, () -> f.run(insert200(0, null)));
    assertEquals(1, f.count("Orders"));
  }

  @Test
  void anUpdateThatMakesOneItemTooLargeUpdatesNone() throws Exception {
    f.run(insert200(0, null));
    f.db.putItem(PutItemRequest.of("Orders", Map.of("customer", s("c"), "orderId", n(77), "blob", s("x".repeat(408_000)))));
    TransactionCanceledException e = assertThrows(TransactionCanceledException.class,
        () -> f.run("UPDATE Orders SET status = ? WHERE customer = 'c'", "y".repeat(2_000)));
    assertEquals("ValidationError", e.reasons().get(76).code());
    assertEquals(s("NEW"), f.item("Orders", Map.of("customer", s("c"), "orderId", n(1))).get("status"));
  }

  /** Order c/2 is deleted while the UPDATE reads its rows (SQL calls the function on row c/1). */
  @Test
  void aRowDeletedBetweenReadAndWriteIsSkippedNotRecreated() throws Exception {
    f.run("INSERT INTO Orders VALUES ('c', 1, 'NEW'), ('c', 2, 'NEW'), ('c', 3, 'NEW')");
    SideEffects.onFirstRow(() -> f.db.deleteItem(DeleteItemRequest.of("Orders", Map.of("customer", s("c"), "orderId", n(2)))));
    f.session.root().add("SIDE_EFFECT", ScalarFunctionImpl.create(SideEffects.class, "run"));
    assertEquals(2, f.run("UPDATE Orders SET status = 'DONE' WHERE customer = 'c' AND SIDE_EFFECT(orderId)"));
    assertNull(f.item("Orders", Map.of("customer", s("c"), "orderId", n(2))));
    assertEquals(s("DONE"), f.item("Orders", Map.of("customer", s("c"), "orderId", n(3))).get("status"));
    assertEquals(2, f.write().itemsReturned());
    // c/2 was read (the QUERY's page came before the deletion), so the write found an item changed
    // since the read and sent nothing; the statement read again and updated the two rows left
    assertEquals(List.of("QUERY", "QUERY", "WRITE"), f.accesses());
    assertEquals(4.0, f.write().writeUnits());
  }
}
