package io.dynasql.tck.scoreboard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The committed compatibility page ({@value Scoreboard#COMMITTED}) against the one the build
 * generated ({@value Scoreboard#GENERATED}): where they differ first, and how to refresh the
 * committed one.
 */
final class CommittedPage {
  private CommittedPage() {}

  /**
   * Empty when the committed page under {@code root} is the generated one; otherwise a message
   * naming the first line that differs and the command that refreshes it. The generated page must
   * exist.
   */
  static Optional<String> staleness(Path root) throws IOException {
    List<String> generated = Files.readAllLines(root.resolve(Scoreboard.GENERATED), StandardCharsets.UTF_8);
    Path committedPath = root.resolve(Scoreboard.COMMITTED);
    List<String> committed = Files.exists(committedPath) ? Files.readAllLines(committedPath, StandardCharsets.UTF_8) : List.of();
    if (committed.equals(generated)) return Optional.empty();
    int line = 0;
    while (line < committed.size() && line < generated.size() && committed.get(line).equals(generated.get(line))) line++;
    return Optional.of(Scoreboard.COMMITTED + " is stale: it differs from the page this build generated, "
        + Scoreboard.GENERATED + ", first at line " + (line + 1) + ":\n"
        + "  committed: " + shown(committed, line) + "\n"
        + "  generated: " + shown(generated, line) + "\n"
        + "Refresh it at the repository root with\n  " + Scoreboard.REFRESH + "\nand commit it with the change that moved it.");
  }

  private static String shown(List<String> lines, int i) {
    return i < lines.size() ? lines.get(i) : "(end of page)";
  }
}
