package io.dynasql.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cuts SQL text into statements the way the SQL lexer sees it: a statement ends at a {@code ;}
 * outside string literals ({@code '...'}, with {@code ''} inside), quoted identifiers
 * ({@code "..."}, with {@code ""} inside) and comments ({@code --} to the end of the line,
 * {@code /* ... *}{@code /}). Text arrives in pieces (the shell feeds it line by line), so the
 * lexical state carries over from one piece to the next.
 *
 * <p>A statement's text runs from its first token to its last: comments before the first token
 * or after the last one (such as the README's trailing {@code -- access=GET}) are not part of
 * it, comments between tokens (hints such as {@code /*+ INDEX(t, i) *}{@code /}) are.
 */
final class StatementSplitter {
  private enum State { CODE, STRING, QUOTED_NAME, LINE_COMMENT, BLOCK_COMMENT }

  private final StringBuilder text = new StringBuilder();
  private State state = State.CODE;
  /** Where the current statement's first token starts, -1 while it has none. */
  private int first = -1;
  /** Just past the current statement's last token (string and quoted name included). */
  private int last = -1;
  /** Where {@link #feed} resumes scanning. */
  private int pos;

  /** Splits a whole script: every statement, the last one also when no {@code ;} ends it. */
  static List<String> split(String script) {
    StatementSplitter s = new StatementSplitter();
    List<String> all = new ArrayList<>(s.feed(script));
    s.finish().ifPresent(all::add);
    return all;
  }

  /** Appends {@code piece} and returns the statements it completed, in order. */
  List<String> feed(String piece) {
    text.append(piece);
    return scan(false);
  }

  /** The end of input: the statement still open (no {@code ;} after it), if it has a token. */
  Optional<String> finish() {
    scan(true);
    Optional<String> rest = statement();
    text.setLength(0);
    pos = 0;
    first = -1;
    last = -1;
    state = State.CODE;
    return rest;
  }

  private List<String> scan(boolean atEnd) {
    List<String> done = new ArrayList<>();
    for (; pos < text.length(); pos++) {
      char c = text.charAt(pos);
      // a piece may end between the two characters of "--", "/*", "*/" or a doubled quote: wait for the next one
      if (!atEnd && pos + 1 == text.length() && startsPair(c)) break;
      char next = pos + 1 < text.length() ? text.charAt(pos + 1) : '\0';
      switch (state) {
        case STRING -> state = closeQuote(c, next, '\'', State.STRING);
        case QUOTED_NAME -> state = closeQuote(c, next, '"', State.QUOTED_NAME);
        case LINE_COMMENT -> state = c == '\n' ? State.CODE : State.LINE_COMMENT;
        case BLOCK_COMMENT -> {
          if (c == '*' && next == '/') {
            pos++;
            state = State.CODE;
          }
        }
        case CODE -> code(c, next, done);
      }
    }
    return done;
  }

  private void code(char c, char next, List<String> done) {
    if (c == '-' && next == '-') {
      state = State.LINE_COMMENT;
      pos++;
    } else if (c == '/' && next == '*') {
      state = State.BLOCK_COMMENT;
      pos++;
    } else if (c == ';') {
      statement().ifPresent(done::add);
      text.delete(0, pos + 1);
      pos = -1; // the loop's increment brings it to the first character after the ';'
      first = -1;
      last = -1;
    } else if (!Character.isWhitespace(c)) {
      if (first < 0) first = pos;
      last = pos + 1;
      if (c == '\'') state = State.STRING;
      else if (c == '"') state = State.QUOTED_NAME;
    }
  }

  /** In a quoted run, a quote ends it unless doubled (the doubled one is skipped and stays inside). */
  private State closeQuote(char c, char next, char quote, State inside) {
    last = pos + 1;
    if (c != quote) return inside;
    if (next == quote) {
      pos++;
      last = pos + 1;
      return inside;
    }
    return State.CODE;
  }

  private boolean startsPair(char c) {
    return switch (state) {
      case CODE -> c == '-' || c == '/';
      case BLOCK_COMMENT -> c == '*';
      case STRING -> c == '\'';
      case QUOTED_NAME -> c == '"';
      case LINE_COMMENT -> false;
    };
  }

  /** True when nothing but whitespace and finished comments waits for a {@code ;}: a shell command may start here. */
  boolean isEmpty() {
    return first < 0 && (state == State.CODE || state == State.LINE_COMMENT);
  }

  private Optional<String> statement() {
    return first < 0 ? Optional.empty() : Optional.of(text.substring(first, last));
  }
}
