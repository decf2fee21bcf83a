package io.dynasql.engine.expr;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recursive-descent parser for update expressions: SET, REMOVE, ADD and DELETE clauses in any
 * order, each holding comma-separated actions. A SET value is one operand or the sum or
 * difference of two; function arguments take operands only, so {@code f(a + b)} is a syntax
 * error as in DynamoDB.
 */
final class UpdateParser {
  private static final Set<String> CLAUSES = Set.of("SET", "REMOVE", "ADD", "DELETE");

  private final TokenCursor in;

  private UpdateParser(TokenCursor in) {
    this.in = in;
  }

  static List<Syntax.Action> parse(String text) {
    UpdateParser p = new UpdateParser(new TokenCursor(ExpressionKind.UPDATE, text));
    List<Syntax.Action> actions = new ArrayList<>();
    List<String> clauses = new ArrayList<>();
    do {
      String clause = p.clauseKeyword();
      clauses.add(clause);
      do {
        actions.add(p.action(clause));
      } while (p.comma());
    } while (!p.in.at(Token.Type.EOF));
    Set<String> seen = new HashSet<>();
    for (String clause : clauses) {
      if (!seen.add(clause)) throw Errors.duplicateSection(clause);
    }
    return actions;
  }

  private String clauseKeyword() {
    Token t = in.peek();
    String upper = t.text().toUpperCase(Locale.ROOT);
    if (!t.is(Token.Type.WORD) || !CLAUSES.contains(upper)) throw in.error();
    in.next();
    return upper;
  }

  private boolean comma() {
    if (!in.at(Token.Type.COMMA)) return false;
    in.next();
    return true;
  }

  private Syntax.Action action(String clause) {
    Syntax.PathRef path = PathParser.parse(in, CLAUSES);
    switch (clause) {
      case "SET":
        if (!in.peek().text().equals("=")) throw in.error();
        in.next();
        return new Syntax.Action(clause, path, value());
      case "REMOVE":
        return new Syntax.Action(clause, path, null);
      default:
        Token v = in.expect(Token.Type.VALUE_REF);
        return new Syntax.Action(clause, path, new Syntax.ValueRef(v.text()));
    }
  }

  /** {@code term} or {@code term + term} or {@code term - term}; no longer chains. */
  private Syntax value() {
    Syntax left = term();
    Token t = in.peek();
    if (!t.is(Token.Type.PLUS) && !t.is(Token.Type.MINUS)) return left;
    in.next();
    return new Syntax.Arith(t.text(), left, term());
  }

  private Syntax term() {
    if (!in.at(Token.Type.LPAREN)) return operand();
    in.open();
    Syntax inner = value();
    in.close();
    return new Syntax.Paren(inner);
  }

  /** A path, a value or a function call, optionally parenthesised; never arithmetic. */
  private Syntax argument() {
    if (!in.at(Token.Type.LPAREN)) return operand();
    in.open();
    Syntax inner = argument();
    in.close();
    return new Syntax.Paren(inner);
  }

  private Syntax operand() {
    Token t = in.peek();
    if (t.is(Token.Type.VALUE_REF)) {
      in.next();
      return new Syntax.ValueRef(t.text());
    }
    if (t.is(Token.Type.WORD) && in.peek(1).is(Token.Type.LPAREN) && PathParser.atPath(in, CLAUSES)) {
      in.next();
      in.openArguments();
      List<Syntax> args = new ArrayList<>();
      args.add(argument());
      while (comma()) args.add(argument());
      in.closeArguments();
      return new Syntax.Call(t.text(), args);
    }
    if (PathParser.atPath(in, CLAUSES)) return PathParser.parse(in, CLAUSES);
    throw in.error();
  }
}
