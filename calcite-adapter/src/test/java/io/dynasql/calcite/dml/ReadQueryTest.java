package io.dynasql.calcite.dml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.calcite.CalciteConfig;
import io.dynasql.calcite.SqlColumn;
import io.dynasql.engine.model.AttributeValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.util.Litmus;
import org.junit.jupiter.api.Test;

/**
 * The read queries of writes are built as trees from the statement's own nodes: each equals, node
 * for node, what the parser makes of its text (so it plans as the text did), its {@code ?} are
 * numbered in order, and it knows which statement parameter each one is.
 */
class ReadQueryTest {
  /** Asserts that {@code q}'s tree is what parsing its text gives. */
  private static void parsesToItsTree(ReadQuery q) throws Exception {
    SqlNode parsed = SqlParser.create(q.sql(), CalciteConfig.PARSER).parseQuery();
    assertTrue(q.tree().equalsDeep(parsed, Litmus.THROW), q.sql());
  }

  @Test
  void theRowsOfAnUpdateAreReadByTheTreeItsTextParsesTo() throws Exception {
    try (DmlFixture f = new DmlFixture()) {
      f.ddl("CREATE TABLE rqt (pk VARCHAR, sk BIGINT, total BIGINT, note VARCHAR, PRIMARY KEY (pk, sk))");
      DmlStatement.Update u = (DmlStatement.Update) DmlTexts.parse("UPDATE rqt AS x SET note = ?, total = "
          + "(SELECT MAX(total) FROM rqt WHERE pk = ?) WHERE x.total > ? AND note LIKE 'a%'").orElseThrow();
      TargetTable t = TargetTable.resolve(new DmlContext(f.session, null), u);
      List<Object> params = Arrays.asList("n", "p", 5L);
      ReadQuery q = KeyedRows.query(t, u.table(), u.alias(), Updates.values(u, Updates.columns(t, u), params), u.where());
      parsesToItsTree(q);
      assertTrue(q.sql().startsWith("SELECT \"x\".\"pk\", \"x\".\"sk\", CAST(? AS VARCHAR), (SELECT MAX(\"total\")"), q.sql());
      assertEquals(3, q.parameterCount());
      f.run("INSERT INTO rqt VALUES ('p', 1, 7, 'ab'), ('p', 2, 9, 'b'), ('q', 1, 1, 'ac')");
      assertEquals(1, f.run("UPDATE rqt AS x SET note = ?, total = (SELECT MAX(total) FROM rqt WHERE pk = ?) "
          + "WHERE x.total > ? AND note LIKE 'a%'", params.toArray()));
      Map<String, AttributeValue> item = f.item("rqt", Map.of("pk", AttributeValue.s("p"), "sk", AttributeValue.n(1)));
      assertEquals(AttributeValue.s("n"), item.get("note"));
      assertEquals(AttributeValue.n(9), item.get("total"));
    }
  }

  @Test
  void computedValuesBindTheStatementsParametersTheyHold() throws Exception {
    try (DmlFixture f = new DmlFixture()) {
      f.ddl("CREATE TABLE cvt (pk VARCHAR PRIMARY KEY, n BIGINT)");
      DmlStatement.Insert ins = (DmlStatement.Insert) DmlTexts.parse("INSERT INTO cvt VALUES (?, ?), (?, 1 + ?)").orElseThrow();
      TargetTable t = TargetTable.resolve(new DmlContext(f.session, null), ins);
      List<SqlColumn> targets = Inserts.targets(t, ins);
      List<Object> params = Arrays.asList("a", 1L, "b", 2L);
      SqlCall values = (SqlCall) ins.source();
      List<SqlCall> computed = new ArrayList<>(List.of((SqlCall) values.operand(1))); // the first row is read directly
      ReadQuery q = ComputedValues.query(values, computed, targets, params);
      parsesToItsTree(q);
      assertEquals(2, q.parameterCount()); // the statement's third and fourth, as the query's first and second
      List<Object[]> rows = q.run(new DmlContext(f.session, null), params).values();
      assertEquals("[b, 3]", Arrays.toString(rows.get(0)));
    }
  }

  @Test
  void theRowsOfAnInsertedQueryAreItsTreeUnderSelectStar() throws Exception {
    for (String sql : List.of("INSERT INTO t SELECT a, ? FROM u WHERE b > ? UNION ALL SELECT c, d FROM v ORDER BY 1",
        "INSERT INTO t WITH w AS (SELECT a FROM u WHERE b = ?) SELECT a, a FROM w", "INSERT INTO t (x) SELECT MAX(a) FROM u")) {
      DmlStatement.Insert ins = (DmlStatement.Insert) DmlTexts.parse(sql).orElseThrow();
      ReadQuery q = ReadQuery.rowsOf(ins.source());
      parsesToItsTree(q);
      assertEquals(ins.parameterCount(), q.parameterCount(), sql);
    }
  }
}
