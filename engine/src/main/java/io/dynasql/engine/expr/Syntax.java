package io.dynasql.engine.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * The parse tree: expression text as written, placeholders unresolved and parentheses kept (so
 * DynamoDB's checks on them can run). Parsing it is pure, so parse trees are cached by text.
 * {@link Resolver} turns one into a {@link Condition}, {@link UpdateExpression} or {@link
 * ProjectionExpression}.
 */
sealed interface Syntax {

  /** Direct sub-trees in the order they appear in the text. */
  default List<Syntax> children() {
    return List.of();
  }

  /** A path step as written: a bare name, a {@code #name} placeholder or a list index. */
  sealed interface Step {}

  /** A bare attribute name. */
  record Word(String text) implements Step {}

  /** A {@code #name} placeholder. */
  record NameRef(String placeholder) implements Step {}

  /** A {@code [n]} list index. */
  record Idx(int index) implements Step {}

  /** A document path. */
  record PathRef(List<Step> steps) implements Syntax {}

  /** A {@code :value} placeholder. */
  record ValueRef(String placeholder) implements Syntax {}

  /** A function call {@code name(args)}; which names and arities are valid is checked later. */
  record Call(String name, List<Syntax> args) implements Syntax {
    @Override public List<Syntax> children() { return args; }
  }

  /** A parenthesised operand or condition. */
  record Paren(Syntax inner) implements Syntax {
    @Override public List<Syntax> children() { return List.of(inner); }
  }

  /** {@code left + right} or {@code left - right} (SET values only). */
  record Arith(String operator, Syntax left, Syntax right) implements Syntax {
    @Override public List<Syntax> children() { return List.of(left, right); }
  }

  /** {@code left op right}. */
  record Compare(String operator, Syntax left, Syntax right) implements Syntax {
    @Override public List<Syntax> children() { return List.of(left, right); }
  }

  /** {@code subject BETWEEN lower AND upper}. */
  record Between(Syntax subject, Syntax lower, Syntax upper) implements Syntax {
    @Override public List<Syntax> children() { return List.of(subject, lower, upper); }
  }

  /** {@code subject IN (candidates)}. */
  record In(Syntax subject, List<Syntax> candidates) implements Syntax {
    @Override
    public List<Syntax> children() {
      List<Syntax> all = new ArrayList<>();
      all.add(subject);
      all.addAll(candidates);
      return all;
    }
  }

  /** {@code left AND right}. */
  record And(Syntax left, Syntax right) implements Syntax {
    @Override public List<Syntax> children() { return List.of(left, right); }
  }

  /** {@code left OR right}. */
  record Or(Syntax left, Syntax right) implements Syntax {
    @Override public List<Syntax> children() { return List.of(left, right); }
  }

  /** {@code NOT inner}. */
  record Not(Syntax inner) implements Syntax {
    @Override public List<Syntax> children() { return List.of(inner); }
  }

  /** One update action: the clause keyword (SET, REMOVE, ADD, DELETE), its path and value. */
  record Action(String clause, PathRef path, Syntax value) implements Syntax {
    @Override
    public List<Syntax> children() {
      return value == null ? List.of(path) : List.of(path, value);
    }
  }

  /** Removes parentheses around {@code node}. */
  static Syntax unwrap(Syntax node) {
    while (node instanceof Paren p) node = p.inner();
    return node;
  }

  /** Whether {@code node} can stand where an operand is expected. */
  static boolean isOperand(Syntax node) {
    Syntax inner = unwrap(node);
    return inner instanceof PathRef || inner instanceof ValueRef || inner instanceof Call;
  }

  /** Whether {@code node} can stand where a condition is expected. */
  static boolean isCondition(Syntax node) {
    Syntax inner = unwrap(node);
    return !(inner instanceof PathRef || inner instanceof ValueRef || inner instanceof Arith);
  }
}
