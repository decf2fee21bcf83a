package io.dynasql.engine.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parses a document path ({@code name}, {@code #ref}, then {@code .name} or {@code [n]} steps),
 * the one piece of syntax all three grammars share.
 */
final class PathParser {
  private PathParser() {}

  /** Whether the current token can start a path, given the grammar's keywords. */
  static boolean atPath(TokenCursor in, Set<String> keywords) {
    Token t = in.peek();
    return t.is(Token.Type.NAME_REF) || (t.is(Token.Type.WORD) && !isKeyword(t, keywords));
  }

  static Syntax.PathRef parse(TokenCursor in, Set<String> keywords) {
    List<Syntax.Step> steps = new ArrayList<>();
    steps.add(element(in, keywords));
    while (true) {
      if (in.at(Token.Type.DOT)) {
        in.next();
        steps.add(element(in, keywords));
      } else if (in.at(Token.Type.LBRACKET)) {
        in.next();
        Token number = in.expect(Token.Type.NUMBER);
        steps.add(new Syntax.Idx(index(in, number)));
        in.expect(Token.Type.RBRACKET);
      } else {
        return new Syntax.PathRef(steps);
      }
    }
  }

  private static Syntax.Step element(TokenCursor in, Set<String> keywords) {
    Token t = in.peek();
    if (t.is(Token.Type.NAME_REF)) {
      in.next();
      return new Syntax.NameRef(t.text());
    }
    if (t.is(Token.Type.WORD) && !isKeyword(t, keywords)) {
      in.next();
      return new Syntax.Word(t.text());
    }
    throw in.error();
  }

  private static int index(TokenCursor in, Token number) {
    try {
      return Integer.parseInt(number.text());
    } catch (NumberFormatException tooBig) {
      throw Errors.listIndex(in.kind());
    }
  }

  private static boolean isKeyword(Token t, Set<String> keywords) {
    return keywords.contains(t.text().toUpperCase(Locale.ROOT));
  }
}
