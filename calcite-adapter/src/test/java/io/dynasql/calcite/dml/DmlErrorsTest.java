package io.dynasql.calcite.dml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.error.ResourceNotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every refusal names what is wrong, carries its SQLState, and writes nothing. */
class DmlErrorsTest {
  private DmlFixture f;

  @BeforeEach
  void tables() throws Exception {
    f = new DmlFixture();
    f.ddl("CREATE TABLE Orders (customer VARCHAR, orderId BIGINT, status VARCHAR, PRIMARY KEY (customer, orderId))");
  }

  @AfterEach
  void close() throws Exception {
    f.close();
  }

  private void refused(String state, String message, Executable statement) {
    DmlException e = assertThrows(DmlException.class, statement);
    assertEquals(message, e.getMessage());
    assertEquals(state, e.sqlState());
    assertEquals(0, f.count("Orders"));
  }

  @Test
  void unknownTableIsTheEnginesResourceNotFound() {
    ResourceNotFoundException e = assertThrows(ResourceNotFoundException.class, () -> f.run("DELETE FROM Nope"));
    assertTrue(e.getMessage().contains("Nope"), e.getMessage());
  }

  @Test
  void namesMatchExactlyFirstThenIgnoringCaseAndAmbiguityNamesTheCandidates() throws Exception {
    assertEquals(1, f.run("insert into ORDERS (CUSTOMER, orderid) values ('a', 1)"));
    f.ddl("CREATE TABLE Items (id VARCHAR PRIMARY KEY)");
    f.ddl("CREATE TABLE ITEMS (id VARCHAR PRIMARY KEY)");
    assertEquals(1, f.run("INSERT INTO Items VALUES ('exact')"));
    DmlException e = assertThrows(DmlException.class, () -> f.run("INSERT INTO items VALUES ('x')"));
    assertEquals("The table name items is ambiguous in the database: it matches ITEMS, Items ignoring case; write it exactly",
        e.getMessage().replace("Items, ITEMS", "ITEMS, Items"));
    // Calcite matches names exactly, so reading Items through SQL cannot reach ITEMS
    assertEquals(1, f.run("INSERT INTO ITEMS VALUES ('other')"));
    assertEquals(1, f.run("DELETE FROM Items"));
    assertEquals(1, f.run("DELETE FROM ITEMS WHERE id = 'other'"));
    f.run("DELETE FROM Orders");
  }

  @Test
  void unknownColumns() {
    refused("42S22", "Column nope not found in table Orders", () -> f.run("INSERT INTO Orders (customer, orderId, nope) VALUES ('a', 1, 2)"));
    refused("42S22", "Column nope not found in table Orders", () -> f.run("UPDATE Orders SET nope = 1"));
  }

  @Test
  void theWholeItemColumnIsReadOnly() {
    String message = "Column _item of table Orders is the whole item as JSON and cannot be written; write its attributes as columns";
    refused("42000", message, () -> f.run("INSERT INTO Orders (customer, orderId, _item) VALUES ('a', 1, '{}')"));
    refused("42000", message, () -> f.run("UPDATE Orders SET \"_item\" = '{}'"));
  }

  @Test
  void keyColumnsCannotBeUpdated() {
    refused("42000", "Cannot update key column orderId of table Orders: delete and insert instead",
        () -> f.run("UPDATE Orders SET status = 'X', orderId = 2 WHERE customer = 'a'"));
  }

  @Test
  void keyColumnsCannotBeNull() {
    refused("23502", "Key column orderId of table Orders cannot be NULL", () -> f.run("INSERT INTO Orders VALUES ('a', NULL, 'X')"));
    refused("23502", "Key column customer of table Orders cannot be NULL", () -> f.run("INSERT INTO Orders (orderId) VALUES (1)"));
  }

  @Test
  void valuesTheColumnCannotHold() {
    refused("22018", "Value 'abc' cannot be stored in column orderId (BIGINT) of table Orders",
        () -> f.run("INSERT INTO Orders (customer, orderId) VALUES ('a', ?)", "abc"));
  }

  @Test
  void countsOfValuesColumnsAndParameters() {
    refused("21S01", "INSERT INTO Orders names 3 columns (customer, orderId, status) but row 2 has 2 values",
        () -> f.run("INSERT INTO Orders VALUES ('a', 1, 'X'), ('b', 2)"));
    refused("21S01", "INSERT INTO Orders names 2 columns but its query returns 1",
        () -> f.run("INSERT INTO Orders (customer, orderId) SELECT status FROM Orders"));
    refused("07001", "The statement has 2 parameters but 1 values were bound",
        () -> f.run("INSERT INTO Orders (customer, orderId) VALUES (?, ?)", "a"));
    refused("42000", "Column status of table Orders is named twice",
        () -> f.run("UPDATE Orders SET status = 'a', STATUS = 'b'"));
  }

  @Test
  void errorsOfTheReadingQueryAreCalcitesValidationErrors() {
    // the driver maps them to SQLStates (42S22 here) in one place, as it does for queries
    org.apache.calcite.runtime.CalciteContextException e = assertThrows(
        org.apache.calcite.runtime.CalciteContextException.class, () -> f.run("DELETE FROM Orders WHERE nope = 1"));
    assertTrue(e.getMessage().contains("nope"), e.getMessage());
  }
}
