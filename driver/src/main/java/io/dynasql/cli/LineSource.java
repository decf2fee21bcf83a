package io.dynasql.cli;

import java.io.IOException;

/**
 * Where the shell's lines come from: a line editor with history on a terminal
 * ({@link EditedLines}), plain lines from a pipe, a file, a dumb terminal or a test
 * ({@link PlainLines}).
 */
sealed interface LineSource extends AutoCloseable permits EditedLines, PlainLines {
  /** What one read gave: a line, an interrupt (Ctrl-C: drop what was typed), or the end of input. */
  sealed interface Read permits Line, Interrupted, End {}

  /** A line as typed, without its line terminator. */
  record Line(String text) implements Read {}

  /** The user pressed Ctrl-C at the prompt. */
  record Interrupted() implements Read {}

  /** End of input (Ctrl-D, end of a pipe or file). */
  record End() implements Read {}

  /** Reads the next line, showing {@code prompt} where a person is typing. */
  Read read(String prompt) throws IOException;

  @Override
  void close() throws IOException;
}
