package io.dynasql.calcite.dml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.parser.SqlParseException;
import org.junit.jupiter.api.Test;

class DmlParserTest {
  private static DmlStatement parse(String sql) throws SqlParseException {
    return DmlTexts.parse(sql).orElseThrow();
  }

  @Test
  void insertKeepsNamesAsWrittenAndCountsParameters() throws SqlParseException {
    var ins = assertInstanceOf(DmlStatement.Insert.class,
        parse("insert into dynasql.\"Orders\" (customer, \"Order Id\") values (?, 1), (?, ?)"));
    assertEquals("Orders", ins.table());
    assertEquals(List.of("customer", "Order Id"), ins.columns());
    assertEquals(SqlKind.VALUES, ins.source().getKind());
    assertFalse(ins.upsert());
    assertEquals(3, ins.parameterCount());
  }

  @Test
  void upsertIsAnInsertThatReplaces() throws SqlParseException {
    var ins = assertInstanceOf(DmlStatement.Insert.class, parse("UPSERT INTO t SELECT * FROM u WHERE x = ?"));
    assertTrue(ins.upsert());
    assertEquals(List.of(), ins.columns());
    assertEquals(SqlKind.SELECT, ins.source().getKind());
    assertEquals(1, ins.parameterCount());
  }

  @Test
  void updateAndDeleteKeepTheirAliasAndCondition() throws SqlParseException {
    var up = assertInstanceOf(DmlStatement.Update.class, parse("-- note\n/* x */ UPDATE Orders o SET status = ?, total = o.total + 1 WHERE o.id = ?"));
    assertEquals("Orders", up.table());
    assertEquals("o", up.alias());
    assertEquals(List.of("status", "total"), up.columns());
    assertEquals(2, up.values().size());
    assertEquals(2, up.parameterCount());
    var del = assertInstanceOf(DmlStatement.Delete.class, parse("delete from Orders"));
    assertNull(del.alias());
    assertNull(del.where());
    assertEquals(0, del.parameterCount());
  }

  @Test
  void anythingElseIsNotDml() throws SqlParseException {
    for (String sql : List.of("SELECT * FROM t", "EXPLAIN PLAN FOR DELETE FROM t", "CREATE TABLE t (a INT)",
        "(SELECT 1)", "with x as (select 1) select * from x", "", "-- DELETE FROM t", "MERGE INTO t USING u ON true")) {
      assertTrue(DmlTexts.parse(sql).isEmpty(), sql);
    }
  }

  @Test
  void malformedDmlIsAParseError() {
    SqlParseException e = assertThrows(SqlParseException.class, () -> DmlTexts.parse("INSERT INTO t VALUES (1"));
    assertTrue(e.getMessage().contains("line 1, column 23"), e.getMessage());
    assertThrows(SqlParseException.class, () -> DmlTexts.parse("DELETE t WHERE"));
    DmlException hint = assertThrows(DmlException.class, () -> DmlTexts.parse("INSERT INTO t /*+ idx(a) */ VALUES (1)"));
    assertEquals("0A000", hint.sqlState());
  }
}
