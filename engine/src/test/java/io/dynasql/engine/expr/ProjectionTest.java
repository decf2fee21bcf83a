package io.dynasql.engine.expr;

import static io.dynasql.engine.expr.Fx.fails;
import static io.dynasql.engine.expr.Fx.item;
import static io.dynasql.engine.expr.Fx.map;
import static io.dynasql.engine.expr.Fx.projection;
import static io.dynasql.engine.model.AttributeValue.l;
import static io.dynasql.engine.model.AttributeValue.m;
import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynasql.engine.model.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProjectionTest {
  private static final Map<String, AttributeValue> ITEM = item(
      "id", s("1"),
      "label", s("n"),
      "arr", l(s("a"), m(map("x", n(1), "y", n(2))), s("c"), s("d")),
      "doc", m(map("b", m(map("c", s("deep"), "d", s("other"))), "e", n(5))));

  private static Map<String, AttributeValue> project(String text, Object... names) {
    return Projector.project(projection(text, names), ITEM);
  }

  @Test
  void keepsTopLevelAttributes() {
    assertEquals(item("id", s("1"), "label", s("n")), project("id, label, nope"));
    assertEquals(Set.of("id", "arr"), projection("id, arr[1]").attributes());
  }

  @Test
  void keepsNestedStructure() {
    assertEquals(item("doc", m(map("b", m(map("c", s("deep")))))), project("doc.b.c"));
    assertEquals(item("doc", m(map("b", m(map("c", s("deep"))), "e", n(5)))), project("doc.b.c, doc.e"));
  }

  @Test
  void listElementsAreKeptInOrderAndPacked() {
    assertEquals(item("arr", l(s("a"), s("d"))), project("arr[3], arr[0]"));
    assertEquals(item("arr", l(m(map("y", n(2))))), project("arr[1].y, arr[9]"));
  }

  @Test
  void missingOrMistypedPathsAreSilentlyAbsent() {
    assertEquals(Map.of(), project("doc.zz, arr[7], label[0], doc.b.c.d"));
    assertEquals(Map.of(), project("arr.x, doc[0]"));
  }

  @Test
  void placeholdersAndReservedWords() {
    assertEquals(item("label", s("n")), project("#n", "#n", "label"));
    fails("Invalid ProjectionExpression: Attribute name is a reserved keyword; reserved keyword: name",
        () -> projection("id, name"));
    fails("Invalid ProjectionExpression: An expression attribute name used in the document path is not defined; "
        + "attribute name: #a", () -> projection("a,b,#a"));
  }

  @Test
  void syntaxErrors() {
    String p = "Invalid ProjectionExpression: Syntax error; ";
    fails(p + "token: \"!\", near: \"!!\"", () -> projection("!!! INVALID !!!"));
    fails(p + "token: \"<EOF>\", near: \",\"", () -> projection("a,"));
    fails(p + "token: \",\", near: \",,b\"", () -> projection("a,,b"));
    fails(p + "token: \"(\", near: \"whatever(stuff\"", () -> projection("whatever(stuff)"));
    fails(p + "token: \"b\", near: \"[b]\"", () -> projection("a[b]"));
    fails(p + "token: \"(\", near: \"(a\"", () -> projection("(a)"));
  }

  @Test
  void overlappingAndConflictingPaths() {
    String overlap = "Invalid ProjectionExpression: Two document paths overlap with each other; "
        + "must remove or rewrite one of these paths; ";
    fails(overlap + "path one: [a, b], path two: [a]", () -> projection("b[1], b.a, #a.b, a", "#a", "a"));
    fails(overlap + "path one: [a], path two: [a, [1]]", () -> projection("a, #a[1]", "#a", "a"));
    fails(overlap + "path one: [a], path two: [a]", () -> projection("a, b, a"));
    String conflict = "Invalid ProjectionExpression: Two document paths conflict with each other; "
        + "must remove or rewrite one of these paths; ";
    fails(conflict + "path one: [a, b], path two: [a, [1]]", () -> projection("a.b, a[1]"));
    fails(conflict + "path one: [a, [3], b], path two: [a, [3], b]",
        () -> projection("a[3].b, #a.#b.b", "#a", "a", "#b", "[3]"));
  }

  @Test
  void pathsNestAtMost32Levels() {
    projection("a" + ".b".repeat(31));
    fails("Invalid ProjectionExpression: The document path has too many nesting levels; nesting levels: 33",
        () -> projection("a" + ".b".repeat(32)));
    fails("Invalid ProjectionExpression: The document path has too many nesting levels; nesting levels: 33",
        () -> new ProjectionExpression(List.of(deep(33))));
  }

  private static Path deep(int levels) {
    Path p = Path.of("a");
    for (int i = 1; i < levels; i++) p = p.index(0);
    return p;
  }
}
