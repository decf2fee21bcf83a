package io.dynasql.tck.scoreboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The staleness check on a miniature repository: an equal page passes, a different one names the line and the refresh. */
class CommittedPageTest {
  @TempDir
  Path root;

  private void write(String path, String text) throws IOException {
    Path p = root.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  @Test
  void theSamePageIsNotStale() throws IOException {
    write(Scoreboard.GENERATED, "# Page\n\n| a | 1 |\n");
    write(Scoreboard.COMMITTED, "# Page\n\n| a | 1 |\n");
    assertEquals(Optional.empty(), CommittedPage.staleness(root));
  }

  @Test
  void aChangedCountNamesItsLineAndTheRefresh() throws IOException {
    write(Scoreboard.GENERATED, "# Page\n\n| a | 2 |\n");
    write(Scoreboard.COMMITTED, "# Page\n\n| a | 1 |\n");
    String message = CommittedPage.staleness(root).orElseThrow();
    assertTrue(message.contains("first at line 3:\n  committed: | a | 1 |\n  generated: | a | 2 |"), message);
    assertTrue(message.contains("cp tck/target/compatibility.md docs/compatibility.md"), message);
  }

  @Test
  void aMissingOrShorterCommittedPageIsStale() throws IOException {
    write(Scoreboard.GENERATED, "# Page\n\nmore\n");
    assertTrue(CommittedPage.staleness(root).orElseThrow().contains("committed: (end of page)"));
    write(Scoreboard.COMMITTED, "# Page\n");
    assertTrue(CommittedPage.staleness(root).orElseThrow().contains("first at line 2:"));
  }
}
