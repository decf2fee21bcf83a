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
 * -pl) records why, and only then is this test reported as skipped, with that reason.
 */
class CompatibilityPageTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void theCommittedPageIsTheGeneratedOne() throws IOException {
    if (!Files.exists(ROOT.resolve(Scoreboard.GENERATED))) {
      Path reason = ROOT.resolve(Scoreboard.NOT_GENERATED);
      // Only a build that said why it made no page (a subset of the tests) may skip; otherwise generation failed.
      if (!Files.exists(reason)) fail(Scoreboard.GENERATED + " is missing and no reason was recorded: the scoreboard did not run");
      Assumptions.abort(Scoreboard.GENERATED + " was not generated (" + Files.readString(reason)
          + "), so this build cannot check " + Scoreboard.COMMITTED);
    }
    CommittedPage.staleness(ROOT).ifPresent(message -> fail(message));
  }
}
