package io.dynasql.tck.scoreboard;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The committed {@value Scoreboard#COMMITTED} is the page this build generated. Not part of tck's
 * tests: tck/pom.xml runs it alone in the {@code verify} phase, after {@link Scoreboard} has
 * generated the page from every module's reports (tck's own included), so a change that moves a
 * count fails the build until the page is refreshed. A build that generates no page (-Dtest,
 * -pl) reports this test as skipped.
 */
class CompatibilityPageTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void theCommittedPageIsTheGeneratedOne() throws IOException {
    Assumptions.assumeTrue(Files.exists(ROOT.resolve(Scoreboard.GENERATED)),
        Scoreboard.GENERATED + " was not generated: this build ran a subset of the tests, so it cannot check "
            + Scoreboard.COMMITTED);
    CommittedPage.staleness(ROOT).ifPresent(message -> fail(message));
  }
}
