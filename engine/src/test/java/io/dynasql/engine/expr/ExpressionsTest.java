package io.dynasql.engine.expr;

import static io.dynasql.engine.expr.Fx.item;
import static io.dynasql.engine.expr.Fx.map;
import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExpressionsTest {

  @Test
  void aWholeRequestThroughTheFacade() {
    Placeholders p = Placeholders.of(map("#c", "count"), map(":one", n(1), ":max", n(10), ":k", s("k")));
    Condition check = Expressions.resolve(Expressions.parseCondition("ConditionExpression", "#c < :max"), p);
    UpdateExpression update = Expressions.resolve(Expressions.parseUpdate("ADD #c :one"), p);
    ProjectionExpression projection = Expressions.resolve(Expressions.parseProjection("#c"), p);
    Condition key = Expressions.resolve(Expressions.parseCondition("KeyConditionExpression", "pk = :k"), p);
    p.checkAllUsed();

    Map<String, AttributeValue> old = item("pk", s("k"), "count", n(3), "other", s("x"));
    assertTrue(Expressions.evaluate(check, old));
    UpdateResult r = Expressions.apply(update, old, Set.of("pk"));
    assertEquals(n(4), r.item().get("count"));
    assertEquals(item("count", n(4)), Expressions.project(projection, r.item()));
    assertEquals(new KeyCondition("pk", s("k"), null), Expressions.keyCondition(key, KeySchema.of("pk", AttributeType.S)));
  }

  @Test
  void parsesAreCachedByText() {
    ParsedUpdate first = Expressions.parseUpdate("SET cached = :v");
    assertSame(first, Expressions.parseUpdate("SET cached = :v"));
    ParseCache cache = new ParseCache(2);
    for (int i = 0; i < 10; i++) {
      int n = i;
      cache.get("g", "text" + i, () -> n);
    }
    assertTrue(cache.size() <= 2);
    assertEquals(42, (int) cache.get("g", "again", () -> 42));
  }

  @Test
  void conditionKindsAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> Expressions.parseCondition("UpdateExpression", "a = b"));
    assertThrows(IllegalArgumentException.class, () -> Expressions.parseCondition("Bogus", "a = b"));
  }

  @Test
  void treesPrintThemselvesReadably() {
    Condition c = new Condition.And(
        new Condition.Or(new Condition.AttributeExists(Path.of("a").child("b").index(2)),
            new Condition.Comparison(ComparisonOperator.GT, new Size(Path.of("c")), new Value(n(3)))),
        new Condition.Not(new Condition.In(Path.of("d"), List.of(new Value(s("x")), Path.of("e")))));
    assertEquals("(attribute_exists(a.b[2]) OR size(c) > {N:3}) AND NOT d IN ({S:x}, e)", c.toString());
    Printed printed = Printer.print(new Condition.Comparison(ComparisonOperator.EQ, Path.of("status").child("ok"),
        new Value(n(1))));
    assertEquals("#n0.ok = :v0", printed.expression());
    assertEquals(Map.of("#n0", "status"), printed.names());
    assertEquals(Map.of(":v0", n(1)), printed.values());
  }

  @Test
  void pathsDescribeThemselves() {
    Path p = Path.of("a").child("b.c").index(3);
    assertEquals("a.b.c[3]", p.toString());
    assertEquals("[a, b.c, [3]]", p.display());
    assertEquals(3, p.depth());
    assertTrue(Path.of("a").isPrefixOf(p));
    assertThrows(IllegalArgumentException.class, () -> new Path(List.of(new PathElement.Index(0))));
  }

  @Test
  void reservedWords() {
    assertEquals(573, ReservedWords.count());
    assertTrue(ReservedWords.isReserved("Status"));
    assertTrue(ReservedWords.isReserved("zone"));
    assertTrue(!ReservedWords.isReserved("remove"));
  }
}
