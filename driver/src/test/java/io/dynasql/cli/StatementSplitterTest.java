package io.dynasql.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shell's statement splitter: a {@code ;} ends a statement only where the SQL lexer sees one. */
class StatementSplitterTest {
  @Test
  void severalStatementsOnOneLine() {
    assertEquals(List.of("SELECT 1", "SELECT 2", "SELECT 3"), StatementSplitter.split("SELECT 1; SELECT 2;SELECT 3;"));
  }

  @Test
  void aSemicolonInsideAStringOrAQuotedNameDoesNotEndTheStatement() {
    assertEquals(List.of("INSERT INTO t VALUES ('a;b', 'it''s; fine')", "SELECT \"odd;name\", \"say \"\"hi;\"\"\" FROM t"),
        StatementSplitter.split("INSERT INTO t VALUES ('a;b', 'it''s; fine'); SELECT \"odd;name\", \"say \"\"hi;\"\"\" FROM t;"));
  }

  @Test
  void aSemicolonInsideACommentDoesNotEndTheStatement() {
    assertEquals(List.of("SELECT a -- not the end; really\n  FROM t", "SELECT /* a; b */ 2"),
        StatementSplitter.split("SELECT a -- not the end; really\n  FROM t; SELECT /* a; b */ 2;"));
  }

  @Test
  void theLastStatementRunsWithoutASemicolonAtTheEndOfInput() {
    assertEquals(List.of("SELECT 1", "SELECT 2"), StatementSplitter.split("SELECT 1;\nSELECT 2\n"));
    assertEquals(List.of("SELECT 2"), StatementSplitter.split("SELECT 2 -- no semicolon, a comment to the end"));
  }

  @Test
  void trailingAccessCommentsAsTheReadmePrintsThemDoNotSwallowTheNextStatement() {
    String readme = String.join("\n",
        "SELECT total FROM orders WHERE customer = 'c1' AND id = 3;                               -- access=GET",
        "SELECT id FROM orders WHERE customer = 'c1' AND id >= 2 ORDER BY id DESC LIMIT 3;        -- access=QUERY",
        "SELECT customer FROM orders WHERE total > 100;                                           -- access=SCAN",
        "");
    assertEquals(List.of("SELECT total FROM orders WHERE customer = 'c1' AND id = 3",
        "SELECT id FROM orders WHERE customer = 'c1' AND id >= 2 ORDER BY id DESC LIMIT 3",
        "SELECT customer FROM orders WHERE total > 100"), StatementSplitter.split(readme));
  }

  @Test
  void commentsOnlyAndEmptyStatementsAreNotStatements() {
    assertEquals(List.of(), StatementSplitter.split("-- nothing here\n/* nor; here */ ;; \n"));
  }

  @Test
  void hintsInsideAStatementStayInIt() {
    assertEquals(List.of("SELECT /*+ INDEX(orders, byStatus) */ id FROM orders"),
        StatementSplitter.split("/* lead */ SELECT /*+ INDEX(orders, byStatus) */ id FROM orders; -- tail"));
  }

  @Test
  void fedLineByLineTheLexicalStateCarriesOver() {
    StatementSplitter s = new StatementSplitter();
    List<String> got = new ArrayList<>();
    assertTrue(s.isEmpty());
    got.addAll(s.feed("INSERT INTO t VALUES ('first line;\n"));
    assertFalse(s.isEmpty(), "inside a string literal");
    got.addAll(s.feed("second line'); /* open\n"));
    assertFalse(s.isEmpty(), "inside an open comment a line starting with ! is comment text, not a shell command");
    got.addAll(s.feed("still; a comment */ SELECT 1; SELECT\n"));
    got.addAll(s.feed("2;\n"));
    assertEquals(List.of("INSERT INTO t VALUES ('first line;\nsecond line')", "SELECT 1", "SELECT\n2"), got);
  }

  @Test
  void aPieceMayEndBetweenTheTwoCharactersOfACommentOrADoubledQuote() {
    StatementSplitter s = new StatementSplitter();
    List<String> got = new ArrayList<>(s.feed("SELECT 'a'"));
    got.addAll(s.feed("'; b' AS x -"));
    got.addAll(s.feed("- c; d\n; SELECT 2 /"));
    got.addAll(s.feed("* ; */;"));
    assertEquals(List.of("SELECT 'a''; b' AS x", "SELECT 2"), got);
    assertTrue(s.finish().isEmpty());
  }
}
