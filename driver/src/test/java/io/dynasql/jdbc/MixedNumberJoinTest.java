package io.dynasql.jdbc;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.KeySchema;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Numbers of columns typed differently by sampling (BIGINT where every value is whole, DECIMAL
 * where one has a fraction) are equal when their values are: a join, GROUP BY, DISTINCT, IN and
 * set operations over 0 and 0.0, 5 and 5.00 answer as H2 answers with BIGINT and DECIMAL(38, 10)
 * columns holding the same rows, with pushdown on and off.
 */
class MixedNumberJoinTest {
  private static final String[] SQL = {
      "SELECT a.pk, b.pk FROM wholes a JOIN fractions b ON a.n = b.m",
      "SELECT a.pk, b.pk FROM wholes a LEFT JOIN fractions b ON a.n = b.m",
      "SELECT a.pk, b.pk FROM fractions b JOIN wholes a ON b.m = a.n",
      "SELECT pk FROM wholes WHERE n IN (SELECT m FROM fractions)",
      "SELECT pk FROM fractions WHERE m IN (SELECT n FROM wholes)",
      "SELECT v, COUNT(*) FROM (SELECT n AS v FROM wholes UNION ALL SELECT m FROM fractions) GROUP BY v",
      "SELECT DISTINCT v FROM (SELECT n AS v FROM wholes UNION ALL SELECT m FROM fractions)",
      "SELECT n FROM wholes INTERSECT SELECT m FROM fractions",
      "SELECT m FROM fractions EXCEPT SELECT n FROM wholes"};
  private static Connection on;
  private static Connection off;
  private static Connection h2;

  @BeforeAll
  static void load() throws SQLException {
    on = DriverManager.getConnection("jdbc:dynasql:mem:mixednumbers;scan=allow");
    Database db = on.unwrap(DynasqlConnection.class).database();
    db.createTable(CreateTableRequest.of("wholes", KeySchema.of("pk", AttributeType.S)));
    db.createTable(CreateTableRequest.of("fractions", KeySchema.of("pk", AttributeType.S)));
    String[][] wholes = {{"w0", "0"}, {"w5", "5"}, {"w7", "7"}, {"wneg", "-3"}};
    String[][] fractions = {{"f0", "0.0"}, {"f5", "5.00"}, {"f55", "5.5"}, {"fneg", "-3.000"}, {"f9", "9"}};
    h2 = DriverManager.getConnection("jdbc:h2:mem:mixednumbers", "sa", "");
    try (Statement st = h2.createStatement()) {
      st.execute("CREATE TABLE wholes (pk VARCHAR PRIMARY KEY, n BIGINT)");
      st.execute("CREATE TABLE fractions (pk VARCHAR PRIMARY KEY, m DECIMAL(38, 10))");
      for (String[] w : wholes) {
        db.putItem(PutItemRequest.of("wholes", Map.of("pk", s(w[0]), "n", n(w[1]))));
        st.execute("INSERT INTO wholes VALUES ('" + w[0] + "', " + w[1] + ")");
      }
      for (String[] f : fractions) {
        db.putItem(PutItemRequest.of("fractions", Map.of("pk", s(f[0]), "m", n(f[1]))));
        st.execute("INSERT INTO fractions VALUES ('" + f[0] + "', " + f[1] + ")");
      }
    }
    off = DriverManager.getConnection("jdbc:dynasql:mem:mixednumbers;scan=allow;pushdown=false");
  }

  @AfterAll
  static void close() throws SQLException {
    off.close();
    on.close();
    h2.close();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8})
  void answersAsH2(int i) throws SQLException {
    List<String> expected = rows(h2, SQL[i]);
    assertFalse(expected.isEmpty(), SQL[i]);
    assertEquals(expected, rows(on, SQL[i]), SQL[i]);
    assertEquals(expected, rows(off, SQL[i]), SQL[i] + " with pushdown=false");
  }

  @org.junit.jupiter.api.Test
  void theColumnsAreSampledAsBigintAndDecimal() throws SQLException {
    assertEquals(List.of("BIGINT"), typeOf("wholes", "n"));
    assertEquals(List.of("DECIMAL"), typeOf("fractions", "m"));
  }

  /**
   * Running at their column's scale does not change how numbers are shown: a column read as
   * stored, a value computed in the undeclared number type DECIMAL(38, 10) without padding zeros;
   * one computed in a declared DECIMAL(10, 2) with its type's scale, as H2 and PostgreSQL show it.
   */
  @org.junit.jupiter.api.Test
  void numbersAreShownAsStoredOrAsTheirDeclaredType() throws SQLException {
    assertEquals(List.of("5.5 | 6.5 | 11"), text("SELECT m, m + 1, m * 2 FROM fractions WHERE pk = 'f55'"));
    assertEquals(List.of("9 | -3 | 16.5"), text("SELECT MAX(m), MIN(m), SUM(m) FROM fractions"));
    try (Statement st = on.createStatement()) {
      st.execute("CREATE TABLE priced (k VARCHAR PRIMARY KEY, price DECIMAL(10, 2))");
      st.execute("INSERT INTO priced VALUES ('a', 100.00), ('b', 2.5)");
    }
    assertEquals(List.of("100 | 100.00"), text("SELECT price, MAX(price) OVER () FROM priced WHERE k = 'a'"));
    assertEquals(List.of("102.50"), text("SELECT SUM(price) FROM priced"));
  }

  /** Each row's getString values. */
  private static List<String> text(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement st = on.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) row.append(i > 1 ? " | " : "").append(rs.getString(i));
        out.add(row.toString());
      }
    }
    return out;
  }

  private static List<String> typeOf(String table, String column) throws SQLException {
    try (Statement st = on.createStatement(); ResultSet rs = st.executeQuery("SELECT " + column + " FROM " + table)) {
      return List.of(rs.getMetaData().getColumnTypeName(1));
    }
  }

  /** The rows as text, numbers compared by value (trailing zeros stripped), sorted. */
  private static List<String> rows(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          Object v = rs.getObject(i);
          if (v instanceof Number num) v = new java.math.BigDecimal(num.toString()).stripTrailingZeros().toPlainString();
          row.append(i > 1 ? " | " : "").append(v);
        }
        out.add(row.toString());
      }
    }
    out.sort(null);
    return out;
  }
}
