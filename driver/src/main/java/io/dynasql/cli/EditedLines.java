package io.dynasql.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.exec.ExecTerminalProvider;
import org.jline.terminal.spi.SystemStream;

/**
 * Lines from JLine's line editor on the process's terminal: arrow keys, Emacs-style editing,
 * Ctrl-R search and a history kept in {@code ~/.dynasql_history} across sessions.
 */
final class EditedLines implements LineSource {
  /** The history file, as sqlline keeps {@code ~/.sqlline/history} and psql {@code ~/.psql_history}. */
  static final Path HISTORY = Path.of(System.getProperty("user.home"), ".dynasql_history");

  private final Terminal terminal;
  private final LineReader reader;

  private EditedLines(Terminal terminal, LineReader reader) {
    this.terminal = terminal;
    this.reader = reader;
  }

  /**
   * A line editor on the terminal named by {@code term} (the TERM variable), or empty when
   * there is none that can edit (unset or {@code dumb}): then the shell reads plain lines.
   */
  static Optional<EditedLines> open(String term) throws IOException {
    if (term == null || term.isBlank() || term.startsWith("dumb")) return Optional.empty();
    // The exec provider (stty) is built directly: the jar relocates JLine, and TerminalBuilder's
    // lookup of providers by class-name files would not find the relocated classes.
    Terminal terminal = new ExecTerminalProvider().sysTerminal("dynasql", term, false, StandardCharsets.UTF_8,
        true, Terminal.SignalHandler.SIG_DFL, false, SystemStream.Output);
    LineReader reader = LineReaderBuilder.builder()
        .terminal(terminal)
        .appName("dynasql")
        .variable(LineReader.HISTORY_FILE, HISTORY)
        // "!" starts the shell's commands (!help, !describe): it must not be bash-style history expansion,
        // which would also eat the backslashes of SQL text
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
        // the continuation lines of a statement are often indented: keep them in the history too
        .option(LineReader.Option.HISTORY_IGNORE_SPACE, false)
        .build();
    return Optional.of(new EditedLines(terminal, reader));
  }

  @Override
  public Read read(String prompt) {
    try {
      return new Line(reader.readLine(prompt));
    } catch (UserInterruptException e) {
      return new Interrupted();
    } catch (EndOfFileException e) {
      return new End();
    }
  }

  @Override
  public void close() throws IOException {
    try {
      reader.getHistory().save();
    } finally {
      terminal.close();
    }
  }
}
