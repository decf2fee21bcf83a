package io.dynasql.tck.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One conformance script: a file of SQL statements, each followed by what it must do, run in order
 * on one dynasql connection and one H2 connection. The format is described in
 * {@code tck/src/test/resources/conformance/README.md}.
 *
 * @param name the file name, e.g. {@code 01-ddl.sql}
 * @param cases the statements in file order
 */
public record Script(String name, List<Case> cases) {
  /** The directory holding the scripts, in the source tree of the tck module. */
  public static final String SOURCE_DIR = "src/test/resources/conformance";

  /** Every {@code *.sql} script in {@code dir}, in file-name order. */
  public static List<Script> all(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".sql")).sorted()
          .map(Script::read).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Script read(Path file) {
    try {
      String name = file.getFileName().toString();
      return new Script(name, ScriptParser.parse(name, Files.readAllLines(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
