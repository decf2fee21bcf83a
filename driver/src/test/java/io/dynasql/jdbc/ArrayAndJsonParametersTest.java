package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.api.GetItemRequest;
import io.dynasql.engine.model.AttributeValue;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A List, Java array or java.sql.Array bound for an ARRAY column is stored as the set the column
 * holds, and a Map or List bound for a JSON column as JSON text, on every route a write takes:
 * INSERT of plain values, of computed values and of a query; UPDATE by key alone (one
 * UpdateItem) and by a wider WHERE (read through SQL, then written); and inside a transaction.
 * An element of the wrong kind is refused with 22018 naming the column, the element and its
 * Java type, and the item stays as it was.
 */
class ArrayAndJsonParametersTest {
  private static final String[] INSERTS = {
    "INSERT INTO vals (pk, %s) VALUES (?, ?)",
    "INSERT INTO vals (pk, %s) VALUES (CAST(? AS VARCHAR) || '', ?)",
    "INSERT INTO vals (pk, %s) SELECT ?, ? FROM (VALUES (1))",
  };
  private static final String[] UPDATES = {
    "UPDATE vals SET %s = ? WHERE pk = ?",
    "UPDATE vals SET %s = ? WHERE pk = ? AND other = 'o'",
  };

  private Connection conn;
  private Statement st;

  @BeforeEach
  void table() throws SQLException {
    conn = DriverManager.getConnection("jdbc:dynasql:mem:array-json-params;scan=allow");
    st = conn.createStatement();
    st.execute("CREATE TABLE vals (pk VARCHAR PRIMARY KEY, other VARCHAR, doc JSON, "
        + "tags VARCHAR ARRAY, nums DECIMAL ARRAY, ints BIGINT ARRAY, bins VARBINARY ARRAY)");
  }

  @AfterEach
  void close() throws SQLException {
    st.execute("DROP TABLE vals");
    conn.close();
  }

  @Test
  void arraysAreSetsOnEveryInsertRoute() throws SQLException {
    for (String sql : INSERTS) {
      for (Object tags : new Object[] {List.of("x", "y"), new String[] {"x", "y"}, conn.createArrayOf("VARCHAR", new Object[] {"x", "y"})}) {
        run(String.format(sql, "tags"), "a", tags);
        assertEquals(AttributeValue.ss("x", "y"), item("a").get("tags"), sql + " with " + tags.getClass());
        st.execute("DELETE FROM vals");
      }
      for (Object nums : new Object[] {List.of(1, 2.5), new int[] {1, 2}, new java.math.BigDecimal[] {java.math.BigDecimal.ONE}}) {
        run(String.format(sql, "nums"), "a", nums);
        AttributeValue expected = nums instanceof List ? AttributeValue.ns("1", "2.5")
            : nums instanceof int[] ? AttributeValue.ns("1", "2") : AttributeValue.ns("1");
        assertEquals(expected, item("a").get("nums"), sql);
        st.execute("DELETE FROM vals");
      }
      run(String.format(sql, "bins"), "a", List.of(new byte[] {1, 2}, new byte[] {3}));
      assertEquals(binaries(), item("a").get("bins"), sql);
      st.execute("DELETE FROM vals");
    }
  }

  @Test
  void arraysAreSetsOnEveryUpdateRoute() throws SQLException {
    st.execute("INSERT INTO vals (pk, other) VALUES ('a', 'o')");
    for (String sql : UPDATES) {
      run(String.format(sql, "tags"), List.of("p", "q"), "a");
      assertEquals(AttributeValue.ss("p", "q"), item("a").get("tags"), sql);
      run(String.format(sql, "nums"), new long[] {7, 8}, "a");
      assertEquals(AttributeValue.ns("7", "8"), item("a").get("nums"), sql);
      run(String.format(sql, "tags"), conn.createArrayOf("VARCHAR", new Object[] {"r"}), "a");
      assertEquals(AttributeValue.ss("r"), item("a").get("tags"), sql);
      run(String.format(sql, "bins"), new byte[][] {{1, 2}, {3}}, "a");
      assertEquals(binaries(), item("a").get("bins"), sql);
      run(String.format(sql, "ints"), List.of(3L, 4), "a");
      assertEquals(AttributeValue.ns("3", "4"), item("a").get("ints"), sql);
      // DynamoDB has no empty set: an empty array leaves no attribute, as NULL does
      run(String.format(sql, "tags"), List.of(), "a");
      assertNull(item("a").get("tags"), sql);
    }
  }

  @Test
  void documentsAreJsonTextOnEveryRoute() throws SQLException {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("a", 1);
    doc.put("b", List.of("x", true));
    for (String sql : INSERTS) {
      run(String.format(sql, "doc"), "a", doc);
      assertEquals(AttributeValue.s("{\"a\":1,\"b\":[\"x\",true]}"), item("a").get("doc"), sql);
      st.execute("DELETE FROM vals");
    }
    st.execute("INSERT INTO vals (pk, other) VALUES ('a', 'o')");
    for (String sql : UPDATES) {
      run(String.format(sql, "doc"), doc, "a");
      assertEquals(AttributeValue.s("{\"a\":1,\"b\":[\"x\",true]}"), item("a").get("doc"), sql);
      run(String.format(sql, "other"), List.of(1, "two"), "a"); // a plain VARCHAR column alike
      assertEquals(AttributeValue.s("[1,\"two\"]"), item("a").get("other"), sql);
      run("UPDATE vals SET other = 'o' WHERE pk = ?", "a");
    }
    try (ResultSet rs = st.executeQuery("SELECT JSON_VALUE(doc, '$.b[0]') FROM vals WHERE pk = 'a'")) {
      assertTrue(rs.next());
      assertEquals("x", rs.getString(1));
    }
  }

  @Test
  void aTransactionConvertsAsAutocommitDoes() throws SQLException {
    st.execute("INSERT INTO vals (pk, other) VALUES ('a', 'o'), ('b', 'o')");
    conn.setAutoCommit(false);
    run(UPDATES[0].formatted("doc"), Map.of("k", "v"), "a");
    run(UPDATES[1].formatted("tags"), List.of("t"), "b");
    conn.commit();
    conn.setAutoCommit(true);
    assertEquals(AttributeValue.s("{\"k\":\"v\"}"), item("a").get("doc"));
    assertEquals(AttributeValue.ss("t"), item("b").get("tags"));
  }

  @Test
  void elementsOfTheWrongKindAreRefusedAndNothingChanges() throws SQLException {
    st.execute("INSERT INTO vals (pk, other, tags, nums, doc) VALUES ('a', 'o', ARRAY['kept'], ARRAY[1], '{}')");
    Map<String, AttributeValue> before = item("a");
    Object[][] cases = { // column, value, what the message names
      {"nums", List.of(1, "abc"), "'abc'", "java.lang.String"},
      {"nums", List.of(1, true), "true", "java.lang.Boolean"},
      {"tags", new Object[] {"x", new byte[] {1}}, "binary", "byte[]"},
      {"tags", List.of(Map.of("a", 1)), "{a=1}", "java.util.ImmutableCollections.Map1"},
      {"tags", java.util.Arrays.asList("x", null), "NULL", "VARCHAR ARRAY"},
      {"ints", List.of(1, 2.5), "2.5", "java.lang.Double"},
      {"bins", List.of(new byte[] {1}, "text"), "'text'", "java.lang.String"},
      {"doc", Map.of("t", new Object()), "doc", "java.lang.Object"},
    };
    for (Object[] c : cases) {
      String column = (String) c[0];
      for (String sql : UPDATES) refused(String.format(sql, column), c[1], "a", column, c);
      for (String sql : INSERTS) refused(String.format(sql, column), "b", c[1], column, c);
      assertEquals(before, item("a"), "a is unchanged after " + column + " = " + c[2]);
      assertNull(item("b"), "b not inserted with " + column + " = " + c[2]);
    }
  }

  /** The binary set {0x0102, 0x03}. */
  private static AttributeValue binaries() {
    return AttributeValue.bs(new byte[] {1, 2}, new byte[] {3});
  }

  private void refused(String sql, Object first, Object second, String column, Object[] c) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      ps.setObject(1, first);
      ps.setObject(2, second);
      SQLException e = assertThrows(SQLException.class, ps::executeUpdate, sql + " with " + c[2]);
      String expectedState = column.equals("ints") ? "22003" : "22018"; // 2.5 is a number, out of BIGINT's kind
      assertEquals(expectedState, e.getSQLState(), sql + ": " + e.getMessage());
      for (String named : new String[] {column, (String) c[2], (String) c[3]}) {
        assertTrue(e.getMessage().contains(named), sql + ": " + e.getMessage() + " should name " + named);
      }
    }
  }

  private void run(String sql, Object... values) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) ps.setObject(i + 1, values[i]);
      assertEquals(1, ps.executeUpdate(), sql);
    }
  }

  private Map<String, AttributeValue> item(String pk) throws SQLException {
    return conn.unwrap(DynasqlConnection.class).database()
        .getItem(GetItemRequest.of("vals", Map.of("pk", AttributeValue.s(pk)))).item();
  }
}
