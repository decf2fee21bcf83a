package io.dynasql.federation.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.dynasql.federation.Dialect;
import io.dynasql.federation.schema.RemoteColumn;
import io.dynasql.federation.schema.RemoteTableDef;
import java.math.BigDecimal;
import java.sql.Types;
import java.util.List;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

/**
 * The statements of semi-join reduction and pushed GROUP BY as dialects get them, and join keys
 * converted to a remote column's type only when exact.
 */
class RemoteStatementsTest {
  private static final RemoteColumn ID = new RemoteColumn("id", Types.INTEGER, "int4", SqlTypeName.INTEGER, 10, 0, false);
  private static final RemoteColumn CITY = new RemoteColumn("city", Types.VARCHAR, "text", SqlTypeName.VARCHAR, -1, -1, true);
  private static final RemoteColumn SMALL = new RemoteColumn("n", Types.SMALLINT, "int2", SqlTypeName.SMALLINT, 5, 0, true);
  private static final RemoteTableDef T = new RemoteTableDef(null, "app", "customers", List.of(ID, CITY, SMALL), List.of("id"));

  @Test
  void keysAreOnePlaceholderEachAndExplainShowsThemAsOne() {
    RemoteQuery q = RemoteQuery.all(T).withConditions(List.of(new RemoteCondition.Compare(2, RemoteCondition.Op.GT,
        new Operand.Literal((short) 1))));
    RemoteLookupSpec spec = new RemoteLookupSpec(null, q, List.of(), List.of(0), List.of(new RemoteLookupSpec.Pair(0, 0)),
        org.apache.calcite.rel.core.JoinRelType.INNER, 998);
    RemoteSqlWriter.Written w = RemoteSqlWriter.write(spec.batch(List.of(List.of(1), List.of(2), List.of(3))), Dialect.SQLITE);
    assertEquals("SELECT \"id\", \"city\", \"n\" FROM \"app\".\"customers\" WHERE \"n\" > ? AND \"id\" IN (?, ?, ?)", w.sql());
    assertEquals(4, w.operands().size());
    // https://www.sqlite.org/limits.html : SQLITE_MAX_VARIABLE_NUMBER defaults to 999 before 3.32.0
    assertEquals(999, Dialect.SQLITE.maxParameters());
    assertEquals(1000, Dialect.POSTGRESQL.maxParameters());
    RemoteQuery shown = q.withConditions(List.of(new RemoteCondition.In(0, List.of())));
    assertEquals("SELECT `id`, `city`, `n` FROM `app`.`customers` WHERE `n` > ? AND `id` IN (?\u2026)",
        RemoteSqlWriter.write(shown, Dialect.MARIADB).sql());
  }

  @Test
  void keysOfTwoColumnsAreRowValuesInTheFormEachDialectReads() {
    RemoteQuery q = RemoteQuery.all(T).withFields(List.of(0, 1));
    RemoteCondition.In two = new RemoteCondition.In(List.of(0, 1), List.of(
        List.of(new Operand.Literal(1), new Operand.Literal("Paris")), List.of(new Operand.Literal(2), new Operand.Literal("Rome"))));
    RemoteSqlWriter.Written pg = RemoteSqlWriter.write(q.withConditions(List.of(two)), Dialect.POSTGRESQL);
    assertEquals("SELECT \"id\", \"city\" FROM \"app\".\"customers\" WHERE (\"id\", \"city\") IN ((?, ?), (?, ?))", pg.sql());
    assertEquals(List.of(new Operand.Literal(1), new Operand.Literal("Paris"), new Operand.Literal(2), new Operand.Literal("Rome")),
        pg.operands());
    // https://www.sqlite.org/rowvalue.html : the right-hand side of a row-value IN must be a subquery
    assertEquals("SELECT \"id\", \"city\" FROM \"app\".\"customers\" WHERE (\"id\", \"city\") IN (VALUES (?, ?), (?, ?))",
        RemoteSqlWriter.write(q.withConditions(List.of(two)), Dialect.SQLITE).sql());
    assertEquals("SELECT \"id\", \"city\" FROM \"app\".\"customers\" WHERE ((\"id\" = ? AND \"city\" = ?) OR (\"id\" = ? AND \"city\" = ?))",
        RemoteSqlWriter.write(q.withConditions(List.of(two)), Dialect.GENERIC).sql());
    RemoteQuery shown = q.withConditions(List.of(new RemoteCondition.In(List.of(0, 1), List.of())));
    assertEquals("SELECT `id`, `city` FROM `app`.`customers` WHERE (`id`, `city`) IN ((?, ?)\u2026)",
        RemoteSqlWriter.write(shown, Dialect.MARIADB).sql());
    assertEquals(0, RemoteSqlWriter.write(shown, Dialect.MARIADB).operands().size());
  }

  @Test
  void aGroupByKeepsTheConditionsAndItsParameters() {
    RemoteQuery q = RemoteQuery.all(T).withConditions(List.of(new RemoteCondition.Compare(0, RemoteCondition.Op.GT,
        new Operand.Literal(1))));
    RemoteGroup g = new RemoteGroup(q, List.of(1), List.of(
        new RemoteAggregateCall(RemoteAggregateCall.Function.COUNT, -1, SqlTypeName.BIGINT),
        new RemoteAggregateCall(RemoteAggregateCall.Function.SUM, 2, SqlTypeName.BIGINT)));
    RemoteSqlWriter.Written w = g.write(Dialect.POSTGRESQL);
    assertEquals("SELECT \"city\", COUNT(*), SUM(\"n\") FROM \"app\".\"customers\" WHERE \"id\" > ? GROUP BY \"city\"", w.sql());
    assertEquals(List.of(new Operand.Literal(1)), w.operands());
  }

  @Test
  void keysConvertOnlyWhenNoValueIsLost() {
    assertEquals(7, RemoteKeys.parameter(7L, ID));
    assertEquals(7, RemoteKeys.parameter(new BigDecimal("7.00"), ID));
    assertNull(RemoteKeys.parameter(new BigDecimal("7.5"), ID)); // no integer equals 7.5: not sent
    assertNull(RemoteKeys.parameter(40_000, SMALL)); // beyond SMALLINT: no value equals it
    assertNull(RemoteKeys.parameter(1L << 40, ID));
    assertEquals("Paris", RemoteKeys.parameter("Paris", CITY));
    assertEquals(RemoteKeys.normal(3), RemoteKeys.normal(new BigDecimal("3.000")));
  }
}
