package io.dynasql.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;

/**
 * Lines read as they come, with no editing: for pipes, files, tests and dumb terminals. The
 * prompt is printed only when a person is at a (dumb) terminal; a pipe's output has none.
 */
final class PlainLines implements LineSource {
  private final BufferedReader in;
  private final PrintStream out;
  private final boolean prompt;

  PlainLines(BufferedReader in, PrintStream out, boolean prompt) {
    this.in = in;
    this.out = out;
    this.prompt = prompt;
  }

  @Override
  public Read read(String promptText) throws IOException {
    if (prompt) {
      out.print(promptText);
      out.flush();
    }
    String line = in.readLine();
    return line == null ? new End() : new Line(line);
  }

  @Override
  public void close() {
    out.flush(); // the reader is System.in or the caller's: closing it is not ours to do
  }
}
