package io.dynasql.engine.expr;

import static io.dynasql.engine.expr.Fx.condition;
import static io.dynasql.engine.expr.Fx.fails;
import static io.dynasql.engine.expr.Fx.map;
import static io.dynasql.engine.expr.Fx.update;
import static io.dynasql.engine.model.AttributeValue.b;
import static io.dynasql.engine.model.AttributeValue.bool;
import static io.dynasql.engine.model.AttributeValue.l;
import static io.dynasql.engine.model.AttributeValue.m;
import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.nul;
import static io.dynasql.engine.model.AttributeValue.s;
import static io.dynasql.engine.model.AttributeValue.ss;

import org.junit.jupiter.api.Test;

/** The checks made while resolving: operand counts, repeated operands, operand types. */
class OperandChecksTest {
  private static final String C = "Invalid ConditionExpression: ";
  private static final String U = "Invalid UpdateExpression: ";

  @Test
  void operandCounts() {
    String p = C + "Incorrect number of operands for operator or function; operator or function: ";
    fails(p + "attribute_exists, number of operands: 2", () -> condition("attribute_exists(a, b)"));
    fails(p + "attribute_type, number of operands: 1", () -> condition("attribute_type(a)"));
    fails(p + "begins_with, number of operands: 3", () -> condition("begins_with(a, b, c)"));
    fails(p + "size, number of operands: 2", () -> condition("size(a, b) > c"));
    fails(U + "Incorrect number of operands for operator or function; operator or function: if_not_exists, "
        + "number of operands: 1", () -> update("SET a = if_not_exists(c)"));
    fails(U + "Incorrect number of operands for operator or function; operator or function: list_append, "
        + "number of operands: 1", () -> update("SET a = list_append(c)"));
  }

  @Test
  void functionsThatNeedAPath() {
    fails(C + "Operator or function requires a document path; operator or function: attribute_exists",
        () -> condition("attribute_exists(:a)", ":a", s("1")));
    fails(U + "Operator or function requires a document path; operator or function: if_not_exists",
        () -> update("SET a = if_not_exists(:a, c)", ":a", s("1")));
    fails(U + "Operator or function requires a document path; operator or function: if_not_exists",
        () -> update("SET a = if_not_exists(if_not_exists(a, b), c)"));
  }

  @Test
  void firstOperandMustDifferFromTheOthers() {
    String p = C + "The first operand must be distinct from the remaining operands for this operator or function; ";
    fails(p + "operator: =, first operand: [a]", () -> condition("a = a"));
    fails(p + "operator: <>, first operand: [a]",
        () -> Fx.condition(ExpressionKind.CONDITION, "#a <> a", map("#a", "a"), null));
    fails(p + "operator: contains, first operand: [ab, bc, [1], a]", () -> condition("contains(ab.bc[1].a, ab.bc[1].a)"));
    fails(p + "operator: BETWEEN, first operand: [a]", () -> condition("a BETWEEN b AND a"));
    fails(p + "operator: IN, first operand: [a]", () -> condition("a IN (b, a)"));
    condition(":a = :a", ":a", n(1));
  }

  @Test
  void conditionFunctionOperandTypes() {
    String p = C + "Incorrect operand type for operator or function; operator or function: ";
    fails(p + "begins_with, operand type: N", () -> condition("begins_with(a, :v)", ":v", n(1)));
    fails(p + "begins_with, operand type: N", () -> condition("begins_with(a, size(b))"));
    fails(p + "begins_with, operand type: SS", () -> condition("begins_with(:v, a)", ":v", ss("x")));
    fails(p + "size, operand type: BOOL", () -> condition("size(:v) > a", ":v", bool(true)));
    fails(p + "size, operand type: N", () -> condition("size(size(a)) > :v", ":v", n(1)));
    fails(p + "attribute_type, operand type: N", () -> condition("attribute_type(a, :v)", ":v", n(1)));
    fails(p + "attribute_type, operand type: {NS,SS,L,BS,N,M,B,BOOL,NULL,S}", () -> condition("attribute_type(a, b)"));
    fails(C + "Invalid attribute type name found; type: DOG, valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}",
        () -> condition("attribute_type(a, :v)", ":v", s("DOG")));
    condition("begins_with(a, :v)", ":v", b(new byte[] {1}));
    condition("size(:v) = a", ":v", s("abc"));
  }

  @Test
  void orderingNeedsStringsNumbersOrBinaries() {
    String p = C + "Incorrect operand type for operator or function; operator or function: ";
    fails(p + "<, operand type: L", () -> condition("a < :v", ":v", l(n(1))));
    fails(p + ">=, operand type: NULL", () -> condition(":v >= a", ":v", nul()));
    fails(p + "BETWEEN, operand type: M", () -> condition("a BETWEEN :v AND :w", ":v", m(map()), ":w", n(1)));
    condition("a = :v", ":v", l(n(1)));
  }

  @Test
  void betweenBoundsGivenAsValues() {
    fails(C + "The BETWEEN operator requires same data type for lower and upper bounds; "
        + "lower bound operand: AttributeValue: {N:1}, upper bound operand: AttributeValue: {S:a}",
        () -> condition("a between :lo and :hi", ":lo", n(1), ":hi", s("a")));
    fails(C + "The BETWEEN operator requires upper bound to be greater than or equal to lower bound; "
        + "lower bound operand: AttributeValue: {S:b}, upper bound operand: AttributeValue: {S:a}",
        () -> condition("a between :lo and :hi", ":lo", s("b"), ":hi", s("a")));
    condition("a between :lo and b", ":lo", s("z"));
  }

  @Test
  void setValueOperandTypes() {
    String p = U + "Incorrect operand type for operator or function; operator or function: ";
    fails(p + "+, operand type: S", () -> update("SET a = a + :v", ":v", s("x")));
    fails(p + "-, operand type: SS", () -> update("SET a = :v - a", ":v", ss("x")));
    fails(p + "list_append, operand type: S", () -> update("SET a = list_append(:v, a)", ":v", s("x")));
    fails(p + "list_append, operand type: M", () -> update("SET a = list_append(a, :v)", ":v", m(map())));
  }

  @Test
  void addAndDeleteOperandTypes() {
    String p = U + "Incorrect operand type for operator or function; operator: ";
    fails(p + "ADD, operand type: STRING", () -> update("ADD a :v", ":v", s("x")));
    fails(p + "ADD, operand type: LIST", () -> update("ADD a :v", ":v", l()));
    fails(p + "ADD, operand type: BOOLEAN", () -> update("ADD a :v", ":v", bool(false)));
    fails(p + "DELETE, operand type: NUMBER", () -> update("DELETE a :v", ":v", n(1)));
    fails(p + "DELETE, operand type: MAP", () -> update("DELETE a :v", ":v", m(map())));
    fails(p + "DELETE, operand type: NULL", () -> update("DELETE a :v", ":v", nul()));
    fails(p + "DELETE, operand type: BINARY", () -> update("DELETE a :v", ":v", b(new byte[] {1})));
  }

  @Test
  void updatePathsMayNotOverlapOrConflict() {
    String overlap = U + "Two document paths overlap with each other; must remove or rewrite one of these paths; ";
    fails(overlap + "path one: [a], path two: [a]", () -> update("SET a = :v REMOVE a", ":v", n(1)));
    fails(overlap + "path one: [c, [1], a], path two: [c]",
        () -> update("set d[1] = a, d.b = a, c[1].a = a, #c = if_not_exists(a, b)", map("#c", "c"), null));
    fails(overlap + "path one: [c, [3], [3]], path two: [c, [3]]",
        () -> update("set #c[3].#d = a, #c[3] = a", map("#c", "c", "#d", "[3]"), null));
    String conflict = U + "Two document paths conflict with each other; must remove or rewrite one of these paths; ";
    fails(conflict + "path one: [a, c], path two: [a, [1]]", () -> update("remove a.c set a[1] = b"));
    fails(conflict + "path one: [a, b, c], path two: [a, b, [2]]",
        () -> update("SET a.b.c = :v, a.b[2] = :v", ":v", n(1)));
  }
}
