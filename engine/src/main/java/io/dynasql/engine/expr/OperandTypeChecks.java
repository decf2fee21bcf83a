package io.dynasql.engine.expr;

import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import java.util.List;
import java.util.Set;

/**
 * Rejects operands whose type is wrong before any item is read. Only types known from the
 * request count (values, and {@code size()} which is always a number): a wrong type stored in an
 * item just makes a condition false, but a wrong type in the request is a malformed request.
 */
final class OperandTypeChecks {
  private static final Set<String> ORDERED = Set.of("S", "N", "B");
  private static final String ANY_TYPE = "{NS,SS,L,BS,N,M,B,BOOL,NULL,S}";

  private final ExpressionKind kind;
  private final Placeholders placeholders;

  OperandTypeChecks(ExpressionKind kind, Placeholders placeholders) {
    this.kind = kind;
    this.placeholders = placeholders;
  }

  void check(Syntax node) {
    if (node instanceof Syntax.Call c) call(c);
    if (node instanceof Syntax.Arith a) {
      for (Syntax side : a.children()) require(a.operator(), side, Set.of("N"));
    }
    if (node instanceof Syntax.Compare c && !c.operator().equals("=") && !c.operator().equals("<>")) {
      for (Syntax side : c.children()) require(c.operator(), side, ORDERED);
    }
    if (node instanceof Syntax.Between b) between(b);
    if (node instanceof Syntax.Action a) action(a);
  }

  private void call(Syntax.Call c) {
    List<Syntax> args = c.args();
    switch (c.name()) {
      case Functions.ATTRIBUTE_EXISTS, Functions.ATTRIBUTE_NOT_EXISTS, Functions.IF_NOT_EXISTS -> {
        if (!(Syntax.unwrap(args.get(0)) instanceof Syntax.PathRef)) throw Errors.requiresPath(kind, c.name());
      }
      case Functions.BEGINS_WITH -> args.forEach(arg -> require(c.name(), arg, Set.of("S", "B")));
      case Functions.SIZE -> {
        String type = typeOf(args.get(0));
        if (type != null && Set.of("N", "BOOL", "NULL").contains(type)) throw Errors.operandType(kind, c.name(), type);
      }
      case Functions.LIST_APPEND -> args.forEach(arg -> require(c.name(), arg, Set.of("L")));
      case Functions.ATTRIBUTE_TYPE -> attributeType(args.get(1));
      default -> { }
    }
  }

  private void attributeType(Syntax typeArg) {
    String type = typeOf(typeArg);
    if (!"S".equals(type)) throw Errors.operandType(kind, Functions.ATTRIBUTE_TYPE, type == null ? ANY_TYPE : type);
    String name = ((AttributeValue.S) valueOf(typeArg)).value();
    try {
      AttributeType.valueOf(name);
    } catch (IllegalArgumentException notAType) {
      throw Errors.attributeTypeName(kind, name);
    }
  }

  /** Bounds given as values must be orderable, of one type, and in order. */
  private void between(Syntax.Between b) {
    for (Syntax operand : b.children()) require("BETWEEN", operand, ORDERED);
    AttributeValue lower = valueOf(b.lower());
    AttributeValue upper = valueOf(b.upper());
    if (lower == null || upper == null) return;
    if (lower.type() != upper.type()) throw Errors.betweenTypes(kind, lower, upper);
    if (Values.compare(lower, upper) > 0) throw Errors.betweenOrder(kind, lower, upper);
  }

  private void action(Syntax.Action a) {
    if (a.value() == null || a.clause().equals("SET")) return;
    AttributeValue v = valueOf(a.value());
    boolean ok = a.clause().equals("ADD")
        ? v.type() == AttributeType.N || v.type().isSet()
        : v.type().isSet();
    if (!ok) throw Errors.actionOperandType(a.clause(), longName(v.type()));
  }

  private void require(String operator, Syntax operand, Set<String> allowed) {
    String type = typeOf(operand);
    if (type != null && !allowed.contains(type)) throw Errors.operandType(kind, operator, type);
  }

  /** The type an operand is known to have before reading the item, or null. */
  private String typeOf(Syntax operand) {
    Syntax inner = Syntax.unwrap(operand);
    if (inner instanceof Syntax.Call c && c.name().equals(Functions.SIZE)) return "N";
    AttributeValue v = valueOf(inner);
    return v == null ? null : v.type().name();
  }

  private AttributeValue valueOf(Syntax operand) {
    Syntax inner = Syntax.unwrap(operand);
    return inner instanceof Syntax.ValueRef v ? placeholders.value(kind, v.placeholder()) : null;
  }

  /** ADD and DELETE errors spell types out. */
  private static String longName(AttributeType type) {
    return switch (type) {
      case S -> "STRING";
      case N -> "NUMBER";
      case B -> "BINARY";
      case BOOL -> "BOOLEAN";
      case NULL -> "NULL";
      case L -> "LIST";
      case M -> "MAP";
      default -> type.name();
    };
  }
}
