package io.dynasql.engine.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser for condition, filter and key-condition text. Precedence, loosest
 * first: OR, AND, NOT, then comparisons, BETWEEN, IN and function calls. Keywords are
 * case-insensitive; function names are not.
 *
 * <p>A parenthesis at the start of a condition may hold a condition or an operand ({@code (a) =
 * b}), so that level parses either and checks afterwards which one it got.
 */
final class ConditionParser {
  private static final Set<String> KEYWORDS = Set.of("AND", "OR", "NOT", "BETWEEN", "IN");

  private final TokenCursor in;

  private ConditionParser(TokenCursor in) {
    this.in = in;
  }

  static Syntax parse(ExpressionKind kind, String text) {
    ConditionParser p = new ConditionParser(new TokenCursor(kind, text));
    Syntax root = p.or();
    if (!Syntax.isCondition(root)) throw p.in.error();
    p.in.expectEnd();
    return root;
  }

  private Syntax or() {
    Syntax left = and();
    while (in.peek().isKeyword("OR")) {
      requireCondition(left);
      in.next();
      Syntax right = and();
      requireCondition(right);
      left = new Syntax.Or(left, right);
    }
    return left;
  }

  private Syntax and() {
    Syntax left = not();
    while (in.peek().isKeyword("AND")) {
      requireCondition(left);
      in.next();
      Syntax right = not();
      requireCondition(right);
      left = new Syntax.And(left, right);
    }
    return left;
  }

  private Syntax not() {
    if (!in.peek().isKeyword("NOT")) return predicate();
    in.next();
    Syntax inner = not();
    requireCondition(inner);
    return new Syntax.Not(inner);
  }

  /** A bare path or value is no condition; DynamoDB reports the token that follows it. */
  private void requireCondition(Syntax node) {
    if (!Syntax.isCondition(node)) throw in.error();
  }

  private Syntax predicate() {
    Syntax left = in.at(Token.Type.LPAREN) ? group() : atom();
    Token t = in.peek();
    boolean compares = t.is(Token.Type.COMPARATOR) || t.isKeyword("BETWEEN") || t.isKeyword("IN");
    if (!compares) return left;
    if (!Syntax.isOperand(left)) throw in.error();
    in.next();
    if (t.is(Token.Type.COMPARATOR)) return new Syntax.Compare(t.text(), left, operand());
    if (t.isKeyword("BETWEEN")) {
      Syntax lower = operand();
      if (!in.peek().isKeyword("AND")) throw in.error();
      in.next();
      return new Syntax.Between(left, lower, operand());
    }
    in.openArguments();
    List<Syntax> candidates = new ArrayList<>();
    candidates.add(operand());
    while (in.at(Token.Type.COMMA)) {
      in.next();
      candidates.add(operand());
    }
    in.closeArguments();
    return new Syntax.In(left, candidates);
  }

  /** {@code ( ... )} where the content may be a condition or an operand. */
  private Syntax group() {
    in.open();
    Syntax inner = or();
    in.close();
    return new Syntax.Paren(inner);
  }

  /** An operand where only an operand can stand: comparison sides, bounds, arguments. */
  private Syntax operand() {
    if (!in.at(Token.Type.LPAREN)) return atom();
    in.open();
    Syntax inner = operand();
    in.close();
    return new Syntax.Paren(inner);
  }

  private Syntax atom() {
    Token t = in.peek();
    if (t.is(Token.Type.VALUE_REF)) {
      in.next();
      return new Syntax.ValueRef(t.text());
    }
    if (t.is(Token.Type.WORD) && in.peek(1).is(Token.Type.LPAREN) && PathParser.atPath(in, KEYWORDS)) {
      in.next();
      return call(t.text());
    }
    if (PathParser.atPath(in, KEYWORDS)) return PathParser.parse(in, KEYWORDS);
    throw in.error();
  }

  private Syntax call(String name) {
    in.openArguments();
    List<Syntax> args = new ArrayList<>();
    args.add(operand());
    while (in.at(Token.Type.COMMA)) {
      in.next();
      args.add(operand());
    }
    in.closeArguments();
    return new Syntax.Call(name, args);
  }
}
