package io.dynasql.engine.expr;

import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random resolved trees that DynamoDB would accept (no repeated operands, well-typed request
 * values, disjoint update and projection paths), for round-trip properties.
 */
final class RandomTrees {
  private static final List<String> NAMES = List.of(
      "a", "b", "c1_", "Zed", "status", "size", "REMOVE", "my attr", "x.y", "#h", ":v", "[3]", "\u65e5\u672c");

  private final Random r;

  RandomTrees(long seed) {
    r = new Random(seed);
  }

  Condition condition(int depth) {
    if (depth == 0 || r.nextInt(3) == 0) return leaf();
    switch (r.nextInt(3)) {
      case 0: return new Condition.And(condition(depth - 1), condition(depth - 1));
      case 1: return new Condition.Or(condition(depth - 1), condition(depth - 1));
      default: return new Condition.Not(condition(depth - 1));
    }
  }

  private Condition leaf() {
    Path subject = path(pick(NAMES));
    switch (r.nextInt(8)) {
      case 0: {
        ComparisonOperator op = ComparisonOperator.values()[r.nextInt(6)];
        return new Condition.Comparison(op, subject, operandOtherThan(subject, op.isOrdering()));
      }
      case 1: {
        AttributeValue[] bounds = orderedPair();
        return new Condition.Between(r.nextBoolean() ? subject : new Size(subject), new Value(bounds[0]), new Value(bounds[1]));
      }
      case 2: {
        List<Operand> candidates = new ArrayList<>();
        for (int i = r.nextInt(4); i >= 0; i--) candidates.add(operandOtherThan(subject, false));
        return new Condition.In(subject, candidates);
      }
      case 3: return new Condition.AttributeExists(subject);
      case 4: return new Condition.AttributeNotExists(subject);
      case 5: return new Condition.AttributeTypeIs(subject, AttributeType.values()[r.nextInt(10)]);
      case 6: return new Condition.BeginsWith(subject, new Value(r.nextBoolean() ? AttributeValue.s("p") : AttributeValue.b(new byte[] {1})));
      default: return new Condition.Contains(subject, operandOtherThan(subject, false));
    }
  }

  /** A path, value or size that is not {@code first} itself (DynamoDB refuses repeats). */
  private Operand operandOtherThan(Path first, boolean ordering) {
    switch (r.nextInt(3)) {
      case 0: {
        Path p = path(pick(NAMES));
        return p.equals(first) ? new Size(p) : p;
      }
      case 1: return new Value(ordering ? ordered(r.nextInt(3)) : value(2));
      default: return new Size(path(pick(NAMES)));
    }
  }

  UpdateExpression update() {
    List<String> clauses = new ArrayList<>(List.of("SET", "REMOVE", "ADD", "DELETE"));
    Collections.shuffle(clauses, r);
    List<String> tops = shuffledNames();
    List<UpdateAction> actions = new ArrayList<>();
    for (String clause : clauses.subList(0, 1 + r.nextInt(4))) {
      for (int i = r.nextInt(3); i >= 0 && !tops.isEmpty(); i--) {
        Path target = path(tops.remove(0));
        switch (clause) {
          case "SET": actions.add(new UpdateAction.Set(target, setValue())); break;
          case "REMOVE": actions.add(new UpdateAction.Remove(target)); break;
          case "ADD": actions.add(new UpdateAction.Add(target, new Value(r.nextBoolean() ? number() : set()))); break;
          default: actions.add(new UpdateAction.Delete(target, new Value(set())));
        }
      }
    }
    return new UpdateExpression(actions);
  }

  private UpdateValue setValue() {
    switch (r.nextInt(5)) {
      case 0: return path(pick(NAMES));
      case 1: return new Value(value(2));
      case 2: return new UpdateValue.IfNotExists(path(pick(NAMES)), r.nextBoolean() ? new Value(value(1)) : path(pick(NAMES)));
      case 3: return new UpdateValue.ListAppend(listOperand(), listOperand());
      default: {
        UpdateValue.Operator op = r.nextBoolean() ? UpdateValue.Operator.PLUS : UpdateValue.Operator.MINUS;
        return new UpdateValue.Arithmetic(op, numberOperand(), numberOperand());
      }
    }
  }

  private UpdateValue listOperand() {
    switch (r.nextInt(3)) {
      case 0: return path(pick(NAMES));
      case 1: return new Value(AttributeValue.l(value(1), value(1)));
      default: return new UpdateValue.IfNotExists(path(pick(NAMES)), new Value(AttributeValue.l()));
    }
  }

  private UpdateValue numberOperand() {
    switch (r.nextInt(3)) {
      case 0: return path(pick(NAMES));
      case 1: return new Value(number());
      default: return new UpdateValue.IfNotExists(path(pick(NAMES)), new Value(number()));
    }
  }

  ProjectionExpression projection() {
    List<String> tops = shuffledNames();
    List<Path> paths = new ArrayList<>();
    for (int i = r.nextInt(4); i >= 0; i--) paths.add(path(tops.remove(0)));
    return new ProjectionExpression(paths);
  }

  private List<String> shuffledNames() {
    List<String> names = new ArrayList<>(NAMES);
    Collections.shuffle(names, r);
    return names;
  }

  private Path path(String top) {
    Path p = Path.of(top);
    for (int i = r.nextInt(4); i > 0; i--) p = r.nextBoolean() ? p.child(pick(NAMES)) : p.index(r.nextInt(12));
    return p;
  }

  private AttributeValue[] orderedPair() {
    int type = r.nextInt(3);
    AttributeValue x = ordered(type);
    AttributeValue y = ordered(type);
    return Values.compare(x, y) <= 0 ? new AttributeValue[] {x, y} : new AttributeValue[] {y, x};
  }

  private AttributeValue ordered(int type) {
    if (type == 0) return AttributeValue.s("s" + r.nextInt(100));
    if (type == 1) return number();
    return AttributeValue.b(new byte[] {(byte) r.nextInt(256), (byte) r.nextInt(256)});
  }

  private AttributeValue number() {
    return AttributeValue.n(BigDecimal.valueOf(r.nextInt(20001) - 10000, r.nextInt(4)));
  }

  private AttributeValue set() {
    switch (r.nextInt(3)) {
      case 0: return AttributeValue.ss("x", "y" + r.nextInt(9));
      case 1: return AttributeValue.ns("1", String.valueOf(r.nextInt(50) + 2));
      default: return AttributeValue.bs(new byte[] {1}, new byte[] {(byte) (r.nextInt(100) + 2)});
    }
  }

  private AttributeValue value(int depth) {
    int kind = r.nextInt(depth > 0 ? 10 : 8);
    switch (kind) {
      case 0: case 1: case 2: return ordered(kind);
      case 3: return AttributeValue.bool(r.nextBoolean());
      case 4: return AttributeValue.nul();
      case 5: case 6: case 7: return set();
      case 8: return AttributeValue.l(value(depth - 1), value(depth - 1));
      default: {
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        m.put(pick(NAMES), value(depth - 1));
        return AttributeValue.m(m);
      }
    }
  }

  private String pick(List<String> from) {
    return from.get(r.nextInt(from.size()));
  }
}
