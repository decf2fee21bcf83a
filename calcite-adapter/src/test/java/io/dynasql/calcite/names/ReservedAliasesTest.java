package io.dynasql.calcite.names;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.dynasql.calcite.CalciteConfig;
import org.apache.calcite.sql.parser.SqlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reserved words as aliases, quoted in one pass before the only parse: which words after AS are
 * aliases, and which text is never touched (literals, comments, CAST types, AS OF).
 */
class ReservedAliasesTest {
  private static void parses(String sql) {
    assertDoesNotThrow(() -> SqlParser.create(sql, CalciteConfig.PARSER).parseStmt(), sql);
  }

  /** The aliases tools send (PostgreSQL, MySQL and H2 accept them all after AS), in any case. */
  @ParameterizedTest
  @ValueSource(strings = {"COUNT", "count", "Value", "YEAR", "DATE", "TIMESTAMP", "TIME", "USER", "ORDER", "SUM",
      "MIN", "MAX", "AVG", "SQL", "POSITION", "RANK", "RESULT", "TABLE", "ROW", "LEFT", "CURRENT", "NULL", "FROM"})
  void aReservedWordAfterAsIsQuotedKeepingItsSpelling(String word) {
    String quoted = ReservedAliases.quote("SELECT COUNT(*) AS " + word + " FROM t");
    assertEquals("SELECT COUNT(*) AS \"" + word + "\" FROM t", quoted);
    parses(quoted);
    assertEquals("SELECT a AS \"" + word + "\", b AS \"" + word + "\" FROM t",
        ReservedAliases.quote("SELECT a AS " + word + ", b AS " + word + " FROM t"));
  }

  @Test
  void wordsCalciteDoesNotReserveAreLeftAsWritten() {
    String sql = "SELECT a AS key, b AS name, c AS status FROM t";
    assertSame(sql, ReservedAliases.quote(sql));
    parses(sql);
  }

  @Test
  void tableAliasesAndAliasesBeforeEveryClauseAreQuoted() {
    assertEquals("SELECT \"USER\".a FROM t AS \"USER\" WHERE \"USER\".a = 1",
        ReservedAliases.quote("SELECT \"USER\".a FROM t AS USER WHERE \"USER\".a = 1"));
    assertEquals("SELECT * FROM (SELECT COUNT(*) AS \"count\" FROM t) AS \"order\" JOIN u AS \"left\" ON TRUE",
        ReservedAliases.quote("SELECT * FROM (SELECT COUNT(*) AS count FROM t) AS order JOIN u AS left ON TRUE"));
    assertEquals("SELECT MAX(a) AS \"max\"", ReservedAliases.quote("SELECT MAX(a) AS max"));
    assertEquals("SELECT MAX(a) AS \"max\";", ReservedAliases.quote("SELECT MAX(a) AS max;"));
    assertEquals("SELECT a AS \"value\" -- the value\nFROM t", ReservedAliases.quote("SELECT a AS value -- the value\nFROM t"));
  }

  @Test
  void literalsCommentsAndQuotedNamesAreNeverTouched() {
    String sql = "SELECT 'x AS count FROM', \"AS\", a /* AS count FROM */ FROM t -- AS count\n"
        + "WHERE b = 'it''s AS date, ' AND c = \"a AS \"\"count\"\" FROM\"";
    assertSame(sql, ReservedAliases.quote(sql));
    String hinted = "SELECT /*+ INDEX(t, byStatus) */ a AS \"count\" FROM t";
    assertSame(hinted, ReservedAliases.quote(hinted));
  }

  @Test
  void castTypesAndOtherWordsAfterAsThatAreNoAliasStay() {
    String sql = "SELECT CAST(a AS DATE), CAST((b) AS TIMESTAMP), TRY_CAST(c AS INTEGER), CAST(d AS VARCHAR(10)) FROM t";
    assertSame(sql, ReservedAliases.quote(sql));
    parses(sql);
    // the alias of a CAST is one, the type inside it is not, and a subquery inside a CAST is a query again
    assertEquals("SELECT CAST(a AS DATE) AS \"date\", CAST((SELECT MAX(x) AS \"max\" FROM u) AS INTEGER) FROM t",
        ReservedAliases.quote("SELECT CAST(a AS DATE) AS date, CAST((SELECT MAX(x) AS max FROM u) AS INTEGER) FROM t"));
    String asOf = "SELECT * FROM t FOR SYSTEM_TIME AS OF TIMESTAMP '2024-01-01 00:00:00'";
    assertSame(asOf, ReservedAliases.quote(asOf));
    String explain = "EXPLAIN PLAN AS JSON FOR SELECT a FROM t";
    assertSame(explain, ReservedAliases.quote(explain));
    String with = "WITH w AS (SELECT 1 AS a) SELECT * FROM w";
    assertSame(with, ReservedAliases.quote(with));
  }

  @Test
  void unfinishedTextIsLeftForTheParseToReport() {
    String open = "SELECT 'AS count FROM t";
    assertSame(open, ReservedAliases.quote(open));
    String comment = "SELECT a /* AS count FROM t";
    assertSame(comment, ReservedAliases.quote(comment));
    assertEquals("SELECT a AS \"count\"", ReservedAliases.quote("SELECT a AS count"));
  }
}
