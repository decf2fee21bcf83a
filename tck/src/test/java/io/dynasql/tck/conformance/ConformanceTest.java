package io.dynasql.tck.conformance;

import static org.junit.jupiter.api.Assertions.fail;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every conformance script ({@code src/test/resources/conformance/*.sql}): each statement is
 * one test, run on dynasql and, unless it is dynasql-only, on H2 (its twin where the script gives
 * one), and each answer must be what the script says. Statements of a script run in order on the
 * same two connections, so a script builds its tables and data with statements that are checked
 * too.
 */
class ConformanceTest {
  private static final List<Session> SESSIONS = new ArrayList<>();

  @TestFactory
  Stream<DynamicNode> scripts() throws URISyntaxException {
    Path dir = Path.of(Objects.requireNonNull(ConformanceTest.class.getResource("/conformance"), "no scripts").toURI());
    List<Script> scripts = Script.all(dir);
    if (scripts.isEmpty()) fail("no conformance scripts in " + dir);
    return scripts.stream().map(ConformanceTest::container);
  }

  private static DynamicContainer container(Script script) {
    Session session = new Session(script.name());
    SESSIONS.add(session);
    return DynamicContainer.dynamicContainer(script.name(),
        script.cases().stream().map(c -> DynamicTest.dynamicTest(c.title(), () -> run(script, session, c))));
  }

  private static void run(Script script, Session session, Case c) throws SQLException {
    List<String> problems = new ArrayList<>();
    Expectation expected = c.expected() == null ? new Expectation.Ok() : c.expected();
    String ours = Check.difference(expected, Answer.of(session.dynasql(), c.sql()), c.sql(), false);
    if (ours != null) problems.add("dynasql: " + ours);
    if (c.h2Sql() != null) {
      Expectation h2 = c.command() ? new Expectation.Ok() : c.forH2();
      String theirs = Check.difference(h2, Answer.of(session.h2(), c.h2Sql()), c.h2Sql(), true);
      if (theirs != null) problems.add("H2 (" + (c.h2Expected() != null ? "the standard answer" : "the reference") + "): " + theirs);
    }
    if (!problems.isEmpty()) {
      fail(script.name() + ":" + c.line() + ": " + c.sql() + "\n" + String.join("\n", problems));
    }
  }

  @AfterAll
  static void close() throws SQLException {
    for (Session s : SESSIONS) s.close();
    SESSIONS.clear();
  }
}
