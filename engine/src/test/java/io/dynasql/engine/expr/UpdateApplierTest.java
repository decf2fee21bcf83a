package io.dynasql.engine.expr;

import static io.dynasql.engine.expr.Fx.fails;
import static io.dynasql.engine.expr.Fx.item;
import static io.dynasql.engine.expr.Fx.map;
import static io.dynasql.engine.expr.Fx.update;
import static io.dynasql.engine.model.AttributeValue.bs;
import static io.dynasql.engine.model.AttributeValue.l;
import static io.dynasql.engine.model.AttributeValue.m;
import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.ns;
import static io.dynasql.engine.model.AttributeValue.s;
import static io.dynasql.engine.model.AttributeValue.ss;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynasql.engine.model.AttributeValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UpdateApplierTest {
  private static final Set<String> KEYS = Set.of("pk", "sk");

  private static Map<String, AttributeValue> apply(Map<String, AttributeValue> old, String text, Object... values) {
    return UpdateApplier.apply(update(text, values), old, KEYS).item();
  }

  @Test
  void setAddsAndReplacesAttributes() {
    Map<String, AttributeValue> old = item("pk", s("k"), "a", s("hi"));
    assertEquals(item("pk", s("k"), "a", s("hey"), "b", n(4)), apply(old, "SET a = :a, b = :b", ":a", s("hey"), ":b", n(4)));
    assertEquals(item("a", n(1)), apply(Map.of(), "SET a = :v", ":v", n(1)));
  }

  @Test
  void theInputIsNeverChanged() {
    Map<String, AttributeValue> old = new HashMap<>(item("a", m(map("b", l(n(1), n(2))))));
    Map<String, AttributeValue> copy = new HashMap<>(old);
    apply(old, "SET a.b[0] = :v REMOVE a.b[1]", ":v", n(9));
    assertEquals(copy, old);
  }

  @Test
  void valuesAreReadFromTheOldItem() {
    Map<String, AttributeValue> old = item("a", s("old"));
    assertEquals(item("a", s("new"), "b", s("old")), apply(old, "SET a = :v, b = a", ":v", s("new")));
    assertEquals(item("b", s("old")), apply(old, "REMOVE a SET b = a"));
    fails("The provided expression refers to an attribute that does not exist in the item",
        () -> apply(old, "SET x = :v, y = x", ":v", n(1)));
  }

  @Test
  void arithmetic() {
    Map<String, AttributeValue> old = item("a", n(2), "s", s("x"));
    assertEquals(n(5), apply(old, "SET a = a + :v", ":v", n(3)).get("a"));
    assertEquals(n("-1.5"), apply(old, "SET b = :v - a", ":v", n("0.5")).get("b"));
    assertEquals(n(4), apply(old, "SET b = if_not_exists(b, :z) + a", ":z", n(2)).get("b"));
    fails("An operand in the update expression has an incorrect data type", () -> apply(old, "SET a = s + :v", ":v", n(1)));
    fails("The provided expression refers to an attribute that does not exist in the item",
        () -> apply(old, "SET a = q + :v", ":v", n(1)));
    fails("Number overflow. Attempting to store a number with magnitude larger than supported range",
        () -> apply(item("a", n("9E+125")), "SET a = a + :v", ":v", n("9E+125")));
  }

  @Test
  void ifNotExists() {
    Map<String, AttributeValue> old = item("a", n(2));
    assertEquals(n(2), apply(old, "SET a = if_not_exists(a, :v)", ":v", n(9)).get("a"));
    assertEquals(n(9), apply(old, "SET b = if_not_exists(c, :v)", ":v", n(9)).get("b"));
    assertEquals(n(2), apply(old, "SET b = if_not_exists(c, a)").get("b"));
  }

  @Test
  void listAppend() {
    Map<String, AttributeValue> old = item("l", l(s("a")), "n", n(1));
    assertEquals(l(s("a"), s("b")), apply(old, "SET l = list_append(l, :v)", ":v", l(s("b"))).get("l"));
    assertEquals(l(s("b"), s("a")), apply(old, "SET l = list_append(:v, l)", ":v", l(s("b"))).get("l"));
    assertEquals(l(s("z")), apply(old, "SET m = list_append(if_not_exists(m, :e), :v)", ":e", l(), ":v", l(s("z"))).get("m"));
    fails("An operand in the update expression has an incorrect data type",
        () -> apply(old, "SET l = list_append(n, :v)", ":v", l()));
    fails("The provided expression refers to an attribute that does not exist in the item",
        () -> apply(old, "SET l = list_append(q, :v)", ":v", l()));
  }

  @Test
  void nestedSet() {
    Map<String, AttributeValue> old = item("a", m(map("b", n(3), "c", l(s("hi"), m(map("x", l(n(3), n(5))))))));
    assertEquals(item("a", m(map("b", n(3), "c", l(s("hi"), m(map("x", l(n(3), n(9)))))))),
        apply(old, "SET a.c[1].x[1] = :v", ":v", n(9)));
    assertEquals(m(map("b", n(3), "c", l(s("hi"), m(map("x", l(n(3), n(5))))), "d", n(1))),
        apply(old, "SET a.d = :v", ":v", n(1)).get("a"));
  }

  @Test
  void setPastTheEndOfAListAppendsInIndexOrder() {
    Map<String, AttributeValue> old = item("a", l(s("one"), s("two"), s("three")));
    assertEquals(l(s("one"), s("two"), s("three"), s("a3"), s("a2"), s("a1")),
        apply(old, "SET a[84] = :a1, a[37] = :a2, a[17] = :a3", ":a1", s("a1"), ":a2", s("a2"), ":a3", s("a3")).get("a"));
    assertEquals(l(s("first")), apply(item("a", l()), "SET a[0] = :v", ":v", s("first")).get("a"));
  }

  @Test
  void removeShiftsListsUsingOriginalIndexes() {
    Map<String, AttributeValue> old = item("a", l(n(2), n(3), n(4), n(5), n(6), n(7)));
    assertEquals(l(n(2), n(4), n(17), n(6), n(7)), apply(old, "REMOVE a[1] SET a[3] = :v", ":v", n(17)).get("a"));
    assertEquals(l(n(2), n(4), n(17), n(6), n(7)), apply(old, "SET a[3] = :v REMOVE a[1]", ":v", n(17)).get("a"));
    assertEquals(l(n(2), n(5), n(6), n(7)), apply(old, "REMOVE a[2], a[1]").get("a"));
    assertEquals(l(n(2), n(3), n(4), n(5), n(6), n(7)), apply(old, "REMOVE a[17]").get("a"));
  }

  @Test
  void remove() {
    Map<String, AttributeValue> old = item("a", m(map("b", n(1))), "c", s("x"), "d", l(n(1)));
    assertEquals(item("a", m(map()), "c", s("x"), "d", l()), apply(old, "REMOVE a.b, d[0]"));
    assertEquals(old, apply(old, "REMOVE zz, a.zz, d[5]"));
    fails("The document path provided in the update expression is invalid for update", () -> apply(old, "REMOVE c.x"));
    fails("The document path provided in the update expression is invalid for update", () -> apply(old, "REMOVE q.x"));
    fails("The document path provided in the update expression is invalid for update", () -> apply(old, "REMOVE a[0]"));
    assertEquals(Map.of(), apply(Map.of(), "REMOVE q.x, r[0]"));
  }

  @Test
  void invalidDocumentPathsForSet() {
    Map<String, AttributeValue> old = item("s", s("hello"), "l", l(s("hi")), "m", m(map("k", n(1))));
    String invalid = "The document path provided in the update expression is invalid for update";
    fails(invalid, () -> apply(old, "SET s.c = :v", ":v", n(1)));
    fails(invalid, () -> apply(old, "SET l.c = :v", ":v", n(1)));
    fails(invalid, () -> apply(old, "SET q.c = :v", ":v", n(1)));
    fails(invalid, () -> apply(old, "SET s[0] = :v", ":v", n(1)));
    fails(invalid, () -> apply(old, "SET m[0] = :v", ":v", n(1)));
    fails(invalid, () -> apply(old, "SET l[5].x = :v", ":v", n(1)));
    fails(invalid, () -> apply(Map.of(), "SET q.c = :v", ":v", n(1)));
  }

  @Test
  void addToNumbersAndSets() {
    Map<String, AttributeValue> old = item("n", n(3), "s", ss("a", "b"), "str", s("x"), "doc", m(map()));
    assertEquals(n(7), apply(old, "ADD n :v", ":v", n(4)).get("n"));
    assertEquals(n(-4), apply(old, "ADD x :v", ":v", n(-4)).get("x"));
    assertEquals(ss("a", "b", "c"), apply(old, "ADD s :v", ":v", ss("c", "a")).get("s"));
    assertEquals(ns("1"), apply(old, "ADD t :v", ":v", ns("1")).get("t"));
    assertEquals(m(map("c", n(1))), apply(old, "ADD doc.c :v", ":v", n(1)).get("doc"));
    String wrong = "An operand in the update expression has an incorrect data type";
    fails(wrong, () -> apply(old, "ADD str :v", ":v", n(1)));
    fails(wrong, () -> apply(old, "ADD s :v", ":v", ns("1")));
    fails(wrong, () -> apply(old, "ADD n :v", ":v", ss("1")));
    fails("The document path provided in the update expression is invalid for update",
        () -> apply(old, "ADD y.a :v", ":v", n(1)));
  }

  @Test
  void deleteFromSets() {
    Map<String, AttributeValue> old = item("s", ss("dog", "cat", "mouse"), "b", bs(new byte[] {1}), "n", n(1));
    assertEquals(ss("dog"), apply(old, "DELETE s :v", ":v", ss("cat", "mouse", "pig")).get("s"));
    assertEquals(item("b", bs(new byte[] {1}), "n", n(1)), apply(old, "DELETE s :v", ":v", ss("dog", "cat", "mouse")));
    assertEquals(old, apply(old, "DELETE gone :v", ":v", ss("x")));
    fails("An operand in the update expression has an incorrect data type", () -> apply(old, "DELETE s :v", ":v", ns("1")));
    fails("An operand in the update expression has an incorrect data type", () -> apply(old, "DELETE n :v", ":v", ns("1")));
    fails("The document path provided in the update expression is invalid for update",
        () -> apply(old, "DELETE y.a :v", ":v", ss("x")));
  }

  @Test
  void keyAttributesCannotBeUpdated() {
    Map<String, AttributeValue> old = item("pk", s("k"), "sk", s("s"));
    String prefix = "One or more parameter values were invalid: Cannot update attribute ";
    fails(prefix + "pk. This attribute is part of the key", () -> apply(old, "SET pk = :v", ":v", s("x")));
    fails(prefix + "sk. This attribute is part of the key", () -> apply(old, "REMOVE sk"));
    fails(prefix + "pk. This attribute is part of the key", () -> apply(old, "ADD pk.b :v", ":v", n(1)));
    fails(prefix + "sk. This attribute is part of the key", () -> apply(old, "SET a = :v, sk[1] = :v", ":v", n(1)));
  }

  @Test
  void emptySetsCannotBeStored() {
    UpdateExpression u = new UpdateExpression(List.of(new UpdateAction.Set(Path.of("a"), new Value(new AttributeValue.SS(Set.of())))));
    fails("One or more parameter values were invalid: An string set  may not be empty",
        () -> UpdateApplier.apply(u, Map.of(), KEYS));
  }

  @Test
  void reportsTheUpdatedPaths() {
    Map<String, AttributeValue> old = item("a", n(1), "b", m(map("c", n(2), "d", n(3))), "z", n(0));
    UpdateResult r = UpdateApplier.apply(update("SET a = a + :v REMOVE b.c ADD e :v", ":v", n(1)), old, KEYS);
    assertEquals(List.of(Path.of("a"), Path.of("b").child("c"), Path.of("e")), r.updatedPaths());
    assertEquals(item("a", n(1), "b", m(map("c", n(2)))), Projector.project(r.updatedPaths(), old));
    assertEquals(item("a", n(2), "e", n(1)), Projector.project(r.updatedPaths(), r.item()));
  }
}
