package io.dynasql.calcite.dml;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.dynasql.engine.model.AttributeValue;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InsertTest {
  private DmlFixture f;

  @BeforeEach
  void tables() throws Exception {
    f = new DmlFixture();
    f.ddl("CREATE TABLE Orders (customer VARCHAR, orderId BIGINT, status VARCHAR, total DECIMAL(10, 2), "
        + "tags VARCHAR ARRAY, PRIMARY KEY (customer, orderId))");
    f.ddl("CREATE TABLE Archive (customer VARCHAR, orderId BIGINT, status VARCHAR, PRIMARY KEY (customer, orderId))");
  }

  @AfterEach
  void close() throws Exception {
    f.close();
  }

  private Map<String, AttributeValue> order(String customer, long id) {
    return f.item("Orders", Map.of("customer", s(customer), "orderId", n(id)));
  }

  @Test
  void manyRowsOfValuesAreOneStatement() throws Exception {
    StringBuilder sql = new StringBuilder("INSERT INTO Orders (customer, orderId, status, total) VALUES ");
    for (int i = 0; i < 150; i++) sql.append(i > 0 ? ", " : "").append("('c").append(i % 3).append("', ").append(i).append(", 'NEW', ").append(i).append(".5)");
    assertEquals(150, f.run(sql.toString()));
    assertEquals(150, f.count("Orders"));
    assertEquals(n("149.5"), order("c2", 149).get("total"));
    // 150 items of about 40 bytes: more than one TransactWriteItems takes (100 actions), so priced
    // as the BatchWriteItem calls DynamoDB would need, 1 unit each, and flagged as not atomic there
    // (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactWriteItems.html)
    assertEquals(150.0, f.write().writeUnits());
    assertEquals(150, f.write().itemsReturned());
    assertEquals(false, f.write().atomicOnDynamo());
    assertEquals(f.accesses(), java.util.List.of("WRITE"), "VALUES reads no table");
  }

  @Test
  void stringsOfDifferentLengthsAreNotPaddedAndNullLeavesTheAttributeOut() throws Exception {
    assertEquals(2, f.run("INSERT INTO Orders (customer, orderId, status) VALUES ('a', 1, 'NEW'), ('bbbb', 2, NULL)"));
    assertEquals(s("a"), order("a", 1).get("customer"));
    assertEquals(s("NEW"), order("a", 1).get("status"));
    assertFalse(order("bbbb", 2).containsKey("status"));
    // rows with expressions are computed by SQL, which would pad 'x' to 'x   ' as a CHAR(4)
    f.run("INSERT INTO Orders (customer, orderId, status) VALUES (LOWER('C'), 3, 'x'), (LOWER('DDDD'), 4, 'yyyy')");
    assertEquals(s("x"), order("c", 3).get("status"));
    assertEquals(s("yyyy"), order("dddd", 4).get("status"));
  }

  @Test
  void rowsWithExpressionsAreComputedBySqlAmongPlainRows() throws Exception {
    StringBuilder sql = new StringBuilder("INSERT INTO Orders (customer, orderId, status, total) VALUES ");
    for (int i = 0; i < 250; i++) {
      sql.append(i > 0 ? ", " : "").append(i % 2 == 0 ? "('c', " + i + ", UPPER('new'), " + i + " * 2)" : "('c', " + i + ", 'PLAIN', " + i + ")");
    }
    assertEquals(250, f.run(sql.toString()));
    assertEquals(s("NEW"), order("c", 248).get("status"));
    assertEquals(n(496), order("c", 248).get("total"));
    assertEquals(s("PLAIN"), order("c", 249).get("status"));
  }

  @Test
  void withoutAColumnListValuesFollowTheTableColumnsButTheWholeItem() throws Exception {
    f.run("INSERT INTO Orders VALUES ('a', 1, 'NEW', 9.99, ARRAY['x', 'y', 'x'])");
    Map<String, AttributeValue> item = order("a", 1);
    assertEquals(n("9.99"), item.get("total"));
    assertEquals(new AttributeValue.SS(Set.of("x", "y")), item.get("tags"));
    // one row: priced like PutItem
    assertEquals(1.0, f.write().writeUnits());
    f.run("UPDATE Orders SET tags = ARRAY['z'] WHERE customer = 'a' AND orderId = 1");
    assertEquals(new AttributeValue.SS(Set.of("z")), order("a", 1).get("tags"));
  }

  @Test
  void anArrayOfIntegersIsANumberSet() throws Exception {
    f.ddl("CREATE TABLE Scores (player VARCHAR PRIMARY KEY, points DECIMAL ARRAY, ranks BIGINT ARRAY)");
    f.run("INSERT INTO Scores VALUES ('p', ARRAY[1200, 3], ARRAY[1, 2, 2])");
    Map<String, AttributeValue> item = f.item("Scores", Map.of("player", s("p")));
    assertEquals(new AttributeValue.NS(Set.of(new java.math.BigDecimal("1200"), new java.math.BigDecimal("3"))), item.get("points"));
    assertEquals(new AttributeValue.NS(Set.of(java.math.BigDecimal.ONE, new java.math.BigDecimal("2"))), item.get("ranks"));
  }

  @Test
  void insertSelectCopiesTheRowsTheQueryReturns() throws Exception {
    f.run("INSERT INTO Orders (customer, orderId, status) VALUES ('a', 1, 'NEW'), ('a', 2, 'PAID'), ('b', 3, 'PAID')");
    assertEquals(2, f.run("INSERT INTO Archive SELECT customer, orderId, status FROM Orders WHERE customer = 'a'"));
    assertEquals(s("PAID"), f.item("Archive", Map.of("customer", s("a"), "orderId", n(2))).get("status"));
    assertEquals(2, f.count("Archive"));
    assertEquals(java.util.List.of("QUERY", "WRITE"), f.accesses());
  }

  @Test
  void parametersAreBoundInTextualOrderWithTheirExactValues() throws Exception {
    DmlException tooPrecise = org.junit.jupiter.api.Assertions.assertThrows(DmlException.class, () -> f.run(
        "INSERT INTO Orders (customer, orderId, total) VALUES (?, ?, ?)", "a", 1L, new BigDecimal("12.345678901234567")));
    assertEquals("22003", tooPrecise.sqlState(), "refused, not rounded to the column's scale: " + tooPrecise.getMessage());
    BigDecimal precise = new BigDecimal("12.34");
    f.run("INSERT INTO Orders (status, customer, orderId, total) VALUES (?, ?, ?, ?), ('OLD', ?, 2, NULL)",
        "NEW", "a", 1L, precise, "b");
    assertEquals(s("NEW"), order("a", 1).get("status"));
    assertEquals(n(precise), order("a", 1).get("total"));
    assertEquals(s("OLD"), order("b", 2).get("status"));
    f.run("INSERT INTO Archive (customer, orderId, status) SELECT ?, orderId, status FROM Orders WHERE customer = ?", "copy", "a");
    assertEquals(s("NEW"), f.item("Archive", Map.of("customer", s("copy"), "orderId", n(1))).get("status"));
  }

  @Test
  void boundValuesOfEveryKindKeepTheirValue() throws Exception {
    f.ddl("CREATE TABLE Things (id VARBINARY PRIMARY KEY, big DECIMAL, flag BOOLEAN, small INT, ratio DOUBLE)");
    byte[] id = {1, 0, 2};
    // both rows hold expressions, so SQL computes them: 1E+40 (too wide for DECIMAL) and the
    // BigInteger share a column, carried as text
    f.run("INSERT INTO Things VALUES (?, ?, ?, ? + 0, ?), (X'09', ?, NULL, 2, 0.25 + 0.25)",
        id, new BigDecimal("1E+40"), true, 7, 0.25, new java.math.BigInteger("123456789012345678901234567890"));
    Map<String, AttributeValue> item = f.item("Things", Map.of("id", AttributeValue.b(id)));
    assertEquals(n("1E+40"), item.get("big"));
    assertEquals(AttributeValue.bool(true), item.get("flag"));
    assertEquals(n(7), item.get("small"));
    assertEquals(n("0.25"), item.get("ratio"));
    Map<String, AttributeValue> nine = f.item("Things", Map.of("id", AttributeValue.b(new byte[] {9})));
    assertEquals(n("123456789012345678901234567890"), nine.get("big"));
    assertEquals(n("0.5"), nine.get("ratio"));
    f.run("INSERT INTO Things (id, big, small) VALUES (?, ?, ?)", new byte[] {7}, new BigDecimal("-1E-40"), "12");
    assertEquals(n("-1E-40"), f.item("Things", Map.of("id", AttributeValue.b(new byte[] {7}))).get("big"));
    assertEquals(n(12), f.item("Things", Map.of("id", AttributeValue.b(new byte[] {7}))).get("small"), "a numeric string");
    assertEquals(1, f.run("UPDATE Things SET flag = ? WHERE id = ?", false, id));
    assertEquals(AttributeValue.bool(false), f.item("Things", Map.of("id", AttributeValue.b(id))).get("flag"));
  }

  @Test
  void upsertReplacesTheWholeItemAndItsLastRowWins() throws Exception {
    f.run("INSERT INTO Orders (customer, orderId, status, total) VALUES ('a', 1, 'NEW', 5)");
    assertEquals(1, f.run("UPSERT INTO Orders (customer, orderId, status) VALUES ('a', 1, 'PAID')"));
    assertEquals(Map.of("customer", s("a"), "orderId", n(1), "status", s("PAID")), order("a", 1));
    assertEquals(1, f.run("UPSERT INTO Orders (customer, orderId, status) VALUES ('a', 1, 'X'), ('a', 1, 'Y')"));
    assertEquals(s("Y"), order("a", 1).get("status"));
  }
}
