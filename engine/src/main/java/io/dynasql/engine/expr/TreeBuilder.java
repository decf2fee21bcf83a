package io.dynasql.engine.expr;

import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds resolved trees from parse trees that have passed every check, substituting
 * placeholders and dropping parentheses.
 */
final class TreeBuilder {
  private final ExpressionKind kind;
  private final Placeholders placeholders;

  TreeBuilder(ExpressionKind kind, Placeholders placeholders) {
    this.kind = kind;
    this.placeholders = placeholders;
  }

  Path path(Syntax.PathRef ref) {
    List<PathElement> elements = new ArrayList<>();
    for (Syntax.Step s : ref.steps()) {
      if (s instanceof Syntax.Word w) elements.add(new PathElement.Name(w.text()));
      if (s instanceof Syntax.NameRef n) elements.add(new PathElement.Name(placeholders.name(kind, n.placeholder())));
      if (s instanceof Syntax.Idx i) elements.add(new PathElement.Index(i.index()));
    }
    return new Path(elements);
  }

  Condition condition(Syntax node) {
    Syntax n = Syntax.unwrap(node);
    if (n instanceof Syntax.And a) return new Condition.And(condition(a.left()), condition(a.right()));
    if (n instanceof Syntax.Or o) return new Condition.Or(condition(o.left()), condition(o.right()));
    if (n instanceof Syntax.Not not) return new Condition.Not(condition(not.inner()));
    if (n instanceof Syntax.Compare c) {
      return new Condition.Comparison(ComparisonOperator.bySymbol(c.operator()), operand(c.left()), operand(c.right()));
    }
    if (n instanceof Syntax.Between b) {
      return new Condition.Between(operand(b.subject()), operand(b.lower()), operand(b.upper()));
    }
    if (n instanceof Syntax.In in) {
      List<Operand> candidates = new ArrayList<>();
      for (Syntax c : in.candidates()) candidates.add(operand(c));
      return new Condition.In(operand(in.subject()), candidates);
    }
    Syntax.Call call = (Syntax.Call) n;
    List<Syntax> args = call.args();
    switch (call.name()) {
      case Functions.ATTRIBUTE_EXISTS: return new Condition.AttributeExists(pathArg(args.get(0)));
      case Functions.ATTRIBUTE_NOT_EXISTS: return new Condition.AttributeNotExists(pathArg(args.get(0)));
      case Functions.ATTRIBUTE_TYPE:
        String type = ((AttributeValue.S) ((Value) operand(args.get(1))).value()).value();
        return new Condition.AttributeTypeIs(operand(args.get(0)), AttributeType.valueOf(type));
      case Functions.BEGINS_WITH: return new Condition.BeginsWith(operand(args.get(0)), operand(args.get(1)));
      default: return new Condition.Contains(operand(args.get(0)), operand(args.get(1)));
    }
  }

  Operand operand(Syntax node) {
    Syntax n = Syntax.unwrap(node);
    if (n instanceof Syntax.PathRef p) return path(p);
    if (n instanceof Syntax.ValueRef v) return new Value(placeholders.value(kind, v.placeholder()));
    return new Size(operand(((Syntax.Call) n).args().get(0)));
  }

  UpdateAction action(Syntax.Action a) {
    Path target = path(a.path());
    switch (a.clause()) {
      case "SET": return new UpdateAction.Set(target, updateValue(a.value()));
      case "REMOVE": return new UpdateAction.Remove(target);
      case "ADD": return new UpdateAction.Add(target, (Value) updateValue(a.value()));
      default: return new UpdateAction.Delete(target, (Value) updateValue(a.value()));
    }
  }

  private UpdateValue updateValue(Syntax node) {
    Syntax n = Syntax.unwrap(node);
    if (n instanceof Syntax.PathRef p) return path(p);
    if (n instanceof Syntax.ValueRef v) return new Value(placeholders.value(kind, v.placeholder()));
    if (n instanceof Syntax.Arith a) {
      UpdateValue.Operator op = a.operator().equals("+") ? UpdateValue.Operator.PLUS : UpdateValue.Operator.MINUS;
      return new UpdateValue.Arithmetic(op, updateValue(a.left()), updateValue(a.right()));
    }
    Syntax.Call call = (Syntax.Call) n;
    if (call.name().equals(Functions.IF_NOT_EXISTS)) {
      return new UpdateValue.IfNotExists(pathArg(call.args().get(0)), updateValue(call.args().get(1)));
    }
    return new UpdateValue.ListAppend(updateValue(call.args().get(0)), updateValue(call.args().get(1)));
  }

  private Path pathArg(Syntax node) {
    return path((Syntax.PathRef) Syntax.unwrap(node));
  }
}
