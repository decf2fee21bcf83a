package io.dynasql.tck.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.dynasql.calcite.SqlState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every SQLState is named in one place, {@link SqlState} (issue 10, item 6): a five-character
 * state written as a literal anywhere else in production code fails the build, so states cannot
 * drift apart between the places that raise them.
 */
class SqlStateLiteralsTest {
  /** A SQLState: a class of two digits or letters (00-9Z, HY) and a subclass of three. */
  private static final Pattern STATE = Pattern.compile("\"((?:0[0-9A-Z]|[1-9][0-9]|HY)[0-9A-Z]{3})\"");

  @Test
  void noSqlStateLiteralOutsideTheEnum() throws IOException {
    Path root = Path.of("").toAbsolutePath().getParent();
    List<String> found = new ArrayList<>();
    try (Stream<Path> modules = Files.list(root)) {
      for (Path main : modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).toList()) {
        try (Stream<Path> files = Files.walk(main)) {
          for (Path f : files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("SqlState.java")).toList()) {
            List<String> lines = Files.readAllLines(f);
            for (int i = 0; i < lines.size(); i++) {
              if (STATE.matcher(lines.get(i)).find()) found.add(root.relativize(f) + ":" + (i + 1) + ": " + lines.get(i).trim());
            }
          }
        }
      }
    }
    assertEquals(List.of(), found, "SQLStates written outside io.dynasql.calcite.SqlState");
  }

  @Test
  void theEnumsCodesAreDistinctWellFormedStates() {
    Set<String> seen = new HashSet<>();
    for (SqlState s : SqlState.values()) {
      Matcher m = STATE.matcher("\"" + s.code() + "\"");
      assertEquals(true, m.matches(), s + " " + s.code());
      assertEquals(true, seen.add(s.code()), "twice: " + s.code());
      assertNotNull(SqlState.of(s.code()));
    }
  }
}
