package io.dynasql.calcite.ddl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The driver offers every statement to the DDL parser first: anything else must pass untouched. */
class DdlDetectionTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT * FROM Orders",
      "select \"pk\" from t where a = 'unclosed",
      "INSERT INTO Orders (pk) VALUES ('a')",
      "EXPLAIN PLAN FOR SELECT 1",
      "UPDATE t SET a = 1",
      "DELETE FROM t",
      "WITH x AS (SELECT 1) SELECT * FROM x",
      "(SELECT 1)",
      "CREATE VIEW v AS SELECT 1",
      "CREATE SCHEMA s",
      "DROP VIEW v",
      "DROP SCHEMA s",
      "CREATE",
      "DROP",
      "CREATE 'unclosed",
      "DROP /* unclosed",
      "\"unclosed",
      "",
      "   ",
      "-- only a comment",
      "/* only */ -- comments",
      "@#!",
      "VALUES 1",
      "CREATETABLE t (a INT PRIMARY KEY)"})
  void otherStatementsAreNotDdl(String sql) {
    assertTrue(DdlParser.parse(sql).isEmpty(), sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "CREATE TABLE",
      "create table t",
      "CREATE INDEX",
      "Create Global Index",
      "CREATE LOCAL INDEX i",
      "DROP TABLE",
      "drop index i",
      "/* leading */ -- comment\n CREATE TABLE t (",
      "CREATE GLOBAL TEMPORARY TABLE t (a INT)",
      "CREATE TABLE 'unclosed"})
  void ourStatementsMalformedAreErrors(String sql) {
    assertThrows(DdlSyntaxException.class, () -> DdlParser.parse(sql), sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "DROP TABLE t",
      "drop table t;",
      "  DROP\nTABLE\tt ; ",
      "-- why\nDROP TABLE /* which */ t -- done",
      "DrOp TaBlE t"})
  void keywordsIgnoreCaseAndSpacingCommentsAndOneSemicolon(String sql) {
    assertEquals(new DdlStatement.DropTable("t", false), DdlParser.parse(sql).orElseThrow());
  }
}
