package io.dynasql.tck.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The script format: what a script says is what the runner checks, and a malformed script is an error. */
class ScriptParserTest {
  private static List<Case> parse(String text) {
    return ScriptParser.parse("t.sql", text.lines().toList());
  }

  @Test
  void statementsCarryTheirDirectivesAndExpectations() {
    List<Case> cases = parse("""
        -- prose
        -- h2: DROP INDEX i
        DROP INDEX i
          ON t;
        -- expect: ok

        -- differs from standard SQL: because
        SELECT a FROM t ORDER BY a;
        -- expect: rows
        -- | 1 | 'x | y' |
        -- | NULL | '' |
        -- h2 expect: error 42S22
        !commit
        -- dynasql-only: sys
        SELECT 1 FROM sys.tables;
        -- expect: count 3
        """);
    assertEquals(4, cases.size());
    assertEquals("DROP INDEX i\nON t", cases.get(0).sql());
    assertEquals("DROP INDEX i", cases.get(0).h2Sql());
    assertEquals(3, cases.get(0).line());
    Case differs = cases.get(1);
    assertEquals("because", differs.differs());
    assertEquals(new Expectation.Rows(List.of(List.of("1", "'x | y'"), List.of("NULL", "''"))), differs.expected());
    assertEquals(new Expectation.Error("42S22"), differs.forH2());
    assertTrue(cases.get(2).command());
    assertNull(cases.get(3).h2Sql());
    assertEquals(new Expectation.Count(3), cases.get(3).expected());
  }

  @Test
  void malformedScriptsAreErrorsNamingTheLine() {
    assertEquals("t.sql:3: the statement at line 1 has no '-- expect:'",
        assertThrows(IllegalArgumentException.class, () -> parse("SELECT 1;\n\nSELECT 2;\n-- expect: ok")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> parse("-- differs from standard SQL: x\nSELECT 1;\n-- expect: ok"));
    assertThrows(IllegalArgumentException.class, () -> parse("SELECT 1;\n-- expect: ok\n-- h2 expect: ok"));
    assertThrows(IllegalArgumentException.class, () -> parse("SELECT 1\n-- expect: ok"));
    assertThrows(IllegalArgumentException.class, () -> parse("SELECT 1;\n-- expect: maybe"));
    assertThrows(IllegalArgumentException.class, () -> parse("SELECT 1;\n-- expect: ok\n-- | 1 |"));
    assertThrows(IllegalArgumentException.class, () -> parse("-- dynasql-only: x\n-- h2: SELECT 2\nSELECT 1;\n-- expect: ok"));
  }

  @Test
  void cellsMatchByValueAndStringsExactly() {
    assertTrue(Cells.matches("3", new BigDecimal("3.0000000000")));
    assertTrue(Cells.matches("3", 3L));
    assertFalse(Cells.matches("3", "3"));
    assertTrue(Cells.matches("'3'", "3"));
    assertTrue(Cells.matches("'a  '", "a  "));
    assertFalse(Cells.matches("a", "a  "));
    assertTrue(Cells.matches("NULL", null));
    assertFalse(Cells.matches("'NULL'", null));
    assertTrue(Cells.matches("true", Boolean.TRUE));
    assertTrue(Cells.matches("0.1", 0.1 + 1e-12));
    assertFalse(Cells.matches("0.1", 0.1001));
  }

  @Test
  void rowOrderCountsOnlyUnderAnOrderByOfTheQueryItself() {
    assertTrue(Ordering.ordered("SELECT a FROM t ORDER  BY a"));
    assertFalse(Ordering.ordered("SELECT a FROM (SELECT a FROM t ORDER BY a LIMIT 2) x"));
    assertFalse(Ordering.ordered("SELECT 'ORDER BY' FROM t"));
    assertFalse(Ordering.ordered("SELECT reorder BY FROM t"));
    Answer answer = new Answer(List.of(List.of(2L), List.of(1L)), null, null, null);
    Expectation.Rows rows = new Expectation.Rows(List.of(List.of("1"), List.of("2")));
    assertNull(Check.difference(rows, answer, "SELECT a FROM t", false));
    assertTrue(Check.difference(rows, answer, "SELECT a FROM t ORDER BY a", false).startsWith("row 1 matching 1"));
  }

  @Test
  void h2ErrorsMatchByClassAndDynasqlErrorsExactly() {
    Answer h2 = new Answer(null, null, "42102", "Table not found");
    assertNull(Check.difference(new Expectation.Error("42S02"), h2, "SELECT 1", true));
    assertTrue(Check.difference(new Expectation.Error("42S02"), h2, "SELECT 1", false) != null);
    assertTrue(Check.difference(new Expectation.Error("22012"), h2, "SELECT 1", true) != null);
  }
}
