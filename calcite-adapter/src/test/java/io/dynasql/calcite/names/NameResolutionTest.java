package io.dynasql.calcite.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rewrite itself: which identifiers change, and that the rest of the text is kept. */
class NameResolutionTest {
  /** Tables Orders(customerId, Total) and Items(itemId, total) in schema app; sys.tables(table_name). */
  private static final KnownNames NAMES = new KnownNames() {
    private final Map<String, Map<String, List<String>>> schemas = Map.of(
        "app", Map.of("Orders", List.of("customerId", "Total"), "Items", List.of("itemId", "total")),
        "sys", Map.of("tables", List.of("table_name")));

    @Override
    public String defaultSchema() {
      return "app";
    }

    @Override
    public Collection<String> schemas() {
      return schemas.keySet();
    }

    @Override
    public Collection<String> tables(String schema) {
      return schemas.getOrDefault(schema, Map.of()).keySet();
    }

    @Override
    public Collection<String> columns(String schema, String table) {
      return schemas.getOrDefault(schema, Map.of()).getOrDefault(table, List.of());
    }
  };

  private static String resolve(String sql) {
    return NameResolution.resolve(sql, NAMES).sql();
  }

  @Test
  void unquotedNamesBecomeTheStoredSpellingAndTheRestOfTheTextIsKept() {
    assertEquals("SELECT \"customerId\", /* keep */ \"Total\"\nFROM \"Orders\" -- end",
        resolve("SELECT customerid, /* keep */ TOTAL\nFROM orders -- end"));
    assertEquals("SELECT \"customerId\" FROM \"Orders\" WHERE \"customerId\" = 'orders'",
        resolve("SELECT CustomerId FROM ORDERS WHERE customerID = 'orders'"));
  }

  @Test
  void exactAndQuotedNamesAreLeftAlone() {
    String sql = "SELECT customerId, \"Total\" FROM Orders";
    assertEquals(sql, resolve(sql));
  }

  @Test
  void unknownNamesAreTypedErrorsNamingTheClosestName() {
    UnknownColumnException quoted = assertThrows(UnknownColumnException.class, () -> resolve("SELECT \"total\" FROM Orders"));
    assertEquals("Column total not found in table Orders; did you mean Total?", quoted.getMessage());
    UnknownColumnException none = assertThrows(UnknownColumnException.class, () -> resolve("SELECT customerId, nosuch FROM Orders"));
    assertEquals(java.util.Optional.empty(), none.closest());
    UnknownColumnException qualified = assertThrows(UnknownColumnException.class,
        () -> resolve("SELECT o.Total FROM Orders o JOIN Items i ON o.customerId = i.itemid WHERE i.totl > 1"));
    assertEquals(List.of("Items"), qualified.tables());
    UnknownTableException table = assertThrows(UnknownTableException.class, () -> resolve("SELECT 1 FROM Ordres"));
    assertEquals(java.util.Optional.of("Orders"), table.closest());
    // what the resolver cannot know is left to Calcite: VALUES columns, niladic functions, WITH columns
    assertEquals("SELECT x.v, CURRENT_DATE FROM \"Orders\", (VALUES (1)) AS x(v)",
        resolve("SELECT x.v, CURRENT_DATE FROM orders, (VALUES (1)) AS x(v)"));
  }

  @Test
  void qualifiersAliasesSchemasAndWithNames() {
    assertEquals("SELECT o.\"Total\", i.\"total\" FROM \"Orders\" o JOIN \"Items\" i ON o.\"customerId\" = i.\"itemId\"",
        resolve("SELECT o.TOTAL, i.TOTAL FROM orders o JOIN items i ON o.customerid = i.itemid"));
    assertEquals("SELECT \"Orders\".\"Total\" FROM \"Orders\"", resolve("SELECT orders.total FROM orders"));
    assertEquals("SELECT \"table_name\" FROM \"sys\".\"tables\"", resolve("SELECT TABLE_NAME FROM SYS.TABLES"));
    assertEquals("WITH big AS (SELECT \"Total\" AS amount FROM \"Orders\") SELECT \"amount\" FROM \"big\"",
        resolve("WITH big AS (SELECT total AS amount FROM orders) SELECT AMOUNT FROM BIG"));
  }

  @Test
  void dmlTargetsAndColumnsAreResolved() {
    assertEquals("UPDATE \"Orders\" SET \"Total\" = 1 WHERE \"customerId\" = 'c'",
        resolve("UPDATE orders SET total = 1 WHERE customerid = 'c'"));
    assertEquals("INSERT INTO \"Orders\" (\"customerId\", \"Total\") VALUES ('c', 1)",
        resolve("INSERT INTO orders (customerid, total) VALUES ('c', 1)"));
  }

  @Test
  void anUnqualifiedNameMatchingTwoColumnsIsAmbiguous() {
    AmbiguousNameException e = assertThrows(AmbiguousNameException.class,
        () -> resolve("SELECT total FROM orders, items"));
    assertEquals(List.of("Total", "total"), e.candidates().stream().sorted().toList());
  }

  @Test
  void anInsertsTargetColumnsAreNamesOfItsColumnListOnlyNotOfItsQuery() {
    // Orders has Total, Items has total: the query reads Items, so its total is Items' (the target's is not in scope)
    assertEquals("INSERT INTO \"Orders\" (\"customerId\", \"Total\") SELECT \"itemId\", total FROM \"Items\"",
        resolve("INSERT INTO orders (customerid, total) SELECT itemid, total FROM items"));
    assertEquals("INSERT INTO \"Orders\" SELECT \"itemId\", \"total\" FROM \"Items\"",
        resolve("INSERT INTO orders SELECT itemid, TOTAL FROM items"));
  }

  @Test
  void aReservedWordAfterAsIsAnAlias() {
    assertEquals("SELECT COUNT(*) AS \"COUNT\", MAX(\"Total\") AS \"value\" FROM \"Orders\"",
        resolve("SELECT COUNT(*) AS COUNT, MAX(total) AS value FROM orders"));
    assertEquals("SELECT CAST(\"Total\" AS INTEGER) AS \"year\" FROM \"Orders\"",
        resolve("SELECT CAST(total AS INTEGER) AS year FROM orders"));
    assertEquals("SELECT COUNT FROM orders", resolve("SELECT COUNT FROM orders")); // not after AS: left to fail
  }

  @Test
  void aStatementThatDoesNotParseCarriesItsOneParsesError() {
    long before = io.dynasql.calcite.Parses.count();
    NameResolution.Resolved r = NameResolution.resolve("SELECT COUNT(*) AS count FROM orders WHERE", NAMES);
    assertEquals(1, io.dynasql.calcite.Parses.count() - before);
    assertNull(r.tree());
    assertEquals("SELECT COUNT(*) AS \"count\" FROM orders WHERE", r.sql()); // the text its error's position is in
    assertEquals(1, r.error().getPos().getLineNum());
    assertEquals(44, r.error().getPos().getColumnNum()); // its end, as Calcite places an unexpected end
  }

  @Test
  void statementsCalciteDoesNotParseAreLeftAsWritten() {
    NameResolution.Resolved r = NameResolution.resolve("CREATE TABLE orders (a VARCHAR, PRIMARY KEY (a))", NAMES);
    assertEquals("CREATE TABLE orders (a VARCHAR, PRIMARY KEY (a))", r.sql());
    assertNull(r.tree());
    assertEquals("SELEC total FROM orders", resolve("SELEC total FROM orders"));
  }
}
