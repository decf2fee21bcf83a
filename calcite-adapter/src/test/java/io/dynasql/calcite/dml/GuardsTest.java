package io.dynasql.calcite.dml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynasql.calcite.SqlColumn;
import io.dynasql.engine.api.Expr;
import io.dynasql.engine.api.UpdateItemRequest;
import io.dynasql.engine.model.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.calcite.sql.SqlNode;
import org.junit.jupiter.api.Test;

/**
 * The guard of a source's row write: the non-key columns the statement's SET and WHERE read, each
 * once, as equalities with the values read (a NULL read as attribute_not_exists), joined to the
 * write's own condition with placeholders of their own.
 */
class GuardsTest {
  @Test
  void theColumnsReadBecomeEqualitiesWithTheValuesRead() throws Exception {
    try (DmlFixture f = new DmlFixture()) {
      f.ddl("CREATE TABLE gtab (pk VARCHAR, sk BIGINT, total BIGINT, note VARCHAR, PRIMARY KEY (pk, sk))");
      DmlStatement.Update u = (DmlStatement.Update) DmlTexts.parse(
          "UPDATE gtab AS x SET note = 'a', total = x.total + 1 WHERE x.total > 5 AND pk = 'p' AND note IS NULL AND TOTAL < 9").orElseThrow();
      TargetTable t = TargetTable.resolve(new DmlContext(f.session, null), u);
      List<SqlNode> read = new ArrayList<>(u.values());
      read.add(u.where());
      List<SqlColumn> guards = Guards.columns(t, u.table(), u.alias(), read);
      assertEquals(List.of("total", "note"), guards.stream().map(SqlColumn::name).toList()); // no key, each once

      Guards.Guard g = Guards.of(guards, new Object[] {"p", 1L, 7L, null}, 2);
      assertEquals("#g0 = :g0 AND attribute_not_exists(#g1)", g.condition());
      assertEquals(Map.of("#g0", "total", "#g1", "note"), g.names());
      assertEquals(Map.of(":g0", AttributeValue.n(7)), g.values());

      UpdateItemRequest r = UpdateItemRequest.of("gtab", Map.of("pk", AttributeValue.s("p"), "sk", AttributeValue.n(1)), "SET #c0 = :v0",
          new Expr(Map.of("#pk", "pk", "#c0", "note"), Map.of(":v0", AttributeValue.s("a")))).withCondition("attribute_exists(#pk)");
      UpdateItemRequest guarded = Guards.apply(r, g);
      assertEquals("attribute_exists(#pk) AND #g0 = :g0 AND attribute_not_exists(#g1)", guarded.conditionExpression());
      assertEquals(Map.of("#pk", "pk", "#c0", "note", "#g0", "total", "#g1", "note"), guarded.expr().names());
      assertEquals(Map.of(":v0", AttributeValue.s("a"), ":g0", AttributeValue.n(7)), guarded.expr().values());
    }
  }
}
