package io.dynasql.tck.cancel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A query timeout stops the first statement of a fresh JVM too (issue 9, item 8): its parse,
 * planning, code generation and class loading check nothing, so the statement is prepared on a
 * planning worker while the caller watches the flag, and the timeout counts from execute. Run
 * in a child JVM with only the shaded driver jar, since this test's own JVM is long warm. The
 * target is 100 ms past the deadline; the bound here is a generous 4 s on a shared machine, and
 * the measured figure is printed (about 5–30 ms when measured, against 370–600 ms before).
 */
class FirstStatementTimeoutTest {
  private static final Path DRIVER_JAR = Path.of("..", "driver", "target", "dynasql-jdbc.jar");

  @Test
  void theFirstStatementOfAJvmStopsAtItsTimeout(@TempDir Path work) throws Exception {
    if (!Files.isRegularFile(DRIVER_JAR)) throw new IllegalStateException("missing " + DRIVER_JAR.toAbsolutePath() + ": run with mvn verify");
    String cp = DRIVER_JAR.toAbsolutePath().normalize() + File.pathSeparator + Path.of("target", "test-classes").toAbsolutePath();
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-cp", cp, FirstStatementProbe.class.getName());
    Path out = work.resolve("stdout");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the probe JVM did not end");
    String text = Files.readString(out, StandardCharsets.UTF_8);
    String line = text.lines().filter(l -> l.startsWith("STOPPED ") || l.startsWith("FINISHED ")).findFirst()
        .orElseThrow(() -> new AssertionError("the probe printed no result: " + text));
    System.out.println("first statement of a JVM under a 1 s timeout: " + line);
    String[] parts = line.split(" ");
    assertEquals("STOPPED", parts[0], "the statement ran to its end instead of timing out: " + text);
    assertEquals("HYT00", parts[2], line);
    long millis = Long.parseLong(parts[1]);
    assertTrue(millis >= 1000, "stopped before its 1 s deadline: " + line);
    assertTrue(millis < 5000, "stopped " + (millis - 1000) + " ms past its deadline: " + line);
  }
}
