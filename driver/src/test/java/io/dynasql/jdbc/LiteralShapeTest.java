package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.calcite.Parses;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A statement whose shape was seen before (only its literals differ) runs without a parse
 * ({@link ShapeCache}); statements the lexer is not sure of, or of another shape, are parsed.
 * {@link Parses} counts the parses; answers are checked against the data.
 */
class LiteralShapeTest {
  private static Connection conn;

  @BeforeAll
  static void setUp() throws SQLException {
    conn = DriverManager.getConnection("jdbc:dynasql:mem:literalshape");
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE Orders (pk VARCHAR, sk BIGINT, total DECIMAL(10, 2), status VARCHAR, PRIMARY KEY (pk, sk))");
      st.execute("INSERT INTO Orders (pk, sk, total, status) VALUES ('a', 1, 10.5, 'NEW'), ('a', 2, 20, 'OLD'),"
          + " ('b', 1, 7, 'NEW'), ('it''s', 3, 1, 'QUOTED')");
    }
  }

  /** Each test starts with no shape seen. */
  @org.junit.jupiter.api.BeforeEach
  void forgetShapes() throws SQLException {
    conn.unwrap(JdbcConnection.class).shapes().clear();
  }

  @AfterAll
  static void tearDown() throws SQLException {
    conn.close();
  }

  /** Runs {@code sql}: its parses, then its rows (first column) after {@code ;}. */
  private static String run(String sql) throws SQLException {
    long before = Parses.count();
    StringBuilder rows = new StringBuilder();
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) rows.append(rs.getString(1)).append(',');
    }
    return (Parses.count() - before) + ";" + rows;
  }

  @Test
  void aPointShapeSeenBeforeIsNotParsed() throws SQLException {
    assertEquals("1;10.5,", run("SELECT total FROM Orders WHERE pk = 'a' AND sk = 1"));
    assertEquals("0;20,", run("SELECT total FROM Orders WHERE pk = 'a' AND sk = 2"));
    assertEquals("0;7,", run("SELECT total FROM Orders WHERE pk = 'b' AND sk = 1"));
    assertEquals("0;", run("SELECT total FROM Orders WHERE pk = 'zz' AND sk = 1"));
  }

  @Test
  void aLiftedShapeSeenBeforeIsNotParsed() throws SQLException {
    assertEquals("1;NEW,OLD,", run("select STATUS from orders where pk = 'a' and TOTAL > 8 order by sk"));
    assertEquals("0;OLD,", run("select STATUS from orders where pk = 'a' and TOTAL > 15 order by sk"));
  }

  @Test
  void anEscapedQuoteIsOneLiteral() throws SQLException {
    assertEquals("1;QUOTED,", run("SELECT status FROM Orders WHERE pk = 'it''s' AND sk = 3"));
    assertEquals("0;QUOTED,", run("SELECT status FROM Orders WHERE pk = 'it''s' AND sk = 3"));
    assertEquals("0;", run("SELECT status FROM Orders WHERE pk = 'it''' AND sk = 3"));
  }

  @Test
  void commentsAreNotPartOfTheShape() throws SQLException {
    assertEquals("1;NEW,", run("SELECT status -- the state\nFROM Orders WHERE pk = 'b' AND sk = 1"));
    assertEquals("0;NEW,", run("SELECT status -- another note\nFROM Orders WHERE /* key */ pk = 'a' AND sk = 1"));
    // a literal inside a comment is no literal
    assertEquals("0;NEW,", run("SELECT status -- pk = 'x'\nFROM Orders WHERE pk = 'b' AND sk = 1"));
  }

  @Test
  void aHintIsAlwaysParsed() throws SQLException {
    String hinted = "SELECT /*+ NO_INDEX(Orders) */ status FROM Orders WHERE pk = 'a' AND sk = ";
    assertEquals("1;NEW,", run(hinted + 1));
    assertEquals("1;OLD,", run(hinted + 2));
  }

  @Test
  void listsOfDifferentLengthAreDifferentShapes() throws SQLException {
    assertEquals("1;4,", run("SELECT COUNT(*) FROM Orders WHERE sk IN (1, 2, 3)"));
    assertEquals("1;3,", run("SELECT COUNT(*) FROM Orders WHERE sk IN (1, 2)"));
    assertEquals("0;1,", run("SELECT COUNT(*) FROM Orders WHERE sk IN (2, 5, 7)"));
    assertEquals("0;2,", run("SELECT COUNT(*) FROM Orders WHERE sk IN (2, 3)"));
  }

  @Test
  void aNumberAndAStringAreDifferentShapes() throws SQLException {
    assertEquals("1;NEW,", run("SELECT status FROM Orders WHERE pk = 'a' AND sk = 1"));
    // 1.0 and '1' are other shapes, each answered as the normal path answers it
    String decimal = run("SELECT status FROM Orders WHERE pk = 'a' AND sk = 1.0");
    assertTrue(decimal.startsWith("1;"), decimal);
    assertEquals("0;", run("SELECT status FROM Orders WHERE pk = 'a' AND sk = 1.5")); // the shape of 1.0: no row has sk 1.5
    assertEquals("1;NEW,", run("SELECT status FROM Orders WHERE pk = 'a' AND sk = '1'"));
  }

  @Test
  void aDroppedTableIsReportedAsTheNormalPathReportsIt() throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE Gone (id BIGINT, v VARCHAR, PRIMARY KEY (id))");
      st.execute("INSERT INTO Gone (id, v) VALUES (1, 'one'), (2, 'two')");
    }
    assertEquals("1;one,", run("SELECT v FROM Gone WHERE id = 1"));
    assertEquals("0;two,", run("SELECT v FROM Gone WHERE id = 2"));
    try (Connection other = DriverManager.getConnection("jdbc:dynasql:mem:literalshape"); Statement st = other.createStatement()) {
      st.execute("DROP TABLE Gone"); // another connection: this one sees a new catalog
    }
    SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> run("SELECT v FROM Gone WHERE id = 1"));
    assertEquals(io.dynasql.calcite.SqlState.TABLE_NOT_FOUND.code(), e.getSQLState(), e.getMessage());
  }

  @Test
  void theLexerIsUnsureOfWhatItDoesNotRead() {
    assertEquals(null, ShapeLexer.lex("SELECT N'x' FROM t"));
    assertEquals(null, ShapeLexer.lex("SELECT a FROM t WHERE b = ?"));
    assertEquals(null, ShapeLexer.lex("SELECT /*+ NO_INDEX(t) */ a FROM t"));
    assertEquals(null, ShapeLexer.lex("SELECT 'open FROM t"));
    assertEquals(null, ShapeLexer.lex("INSERT INTO t VALUES (1)"));
    assertEquals(null, ShapeLexer.lex("SELECT 12abc FROM t"));
    LexedShape s = ShapeLexer.lex("SELECT a FROM t WHERE b = 'it''s' AND c = 7 AND d = 7.0 AND e = 7e0");
    assertEquals(List.of("it's", new java.math.BigDecimal("7"), new java.math.BigDecimal("7.0"), new java.math.BigDecimal("7e0")),
        s.literals().stream().map(ShapeToken::value).toList());
    assertEquals(ShapeLexer.lex("SELECT a FROM t WHERE b = 'x' AND c = 8 AND d = 1.5 AND e = 1e3").key(), s.key());
    assertTrue(!ShapeLexer.lex("SELECT a FROM t WHERE c = '7'").key().equals(ShapeLexer.lex("SELECT a FROM t WHERE c = 7").key()));
  }
}
