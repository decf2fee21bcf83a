package io.dynasql.tck.faults;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@link FaultProbe} run in a child JVM with only the shaded driver jar and tck's test classes:
 * bounded by {@link #TIMEOUT_SECONDS} (then killed: a hang), and judged by its exit code and any
 * {@code hs_err_pid*.log} (a crash, e.g. SIGBUS from a mapped page past the end of the file).
 *
 * @param line what the probe printed
 * @param failure why the case failed, or null
 */
record ProbeRun(String line, String failure) {
  static final Path DRIVER_JAR = Path.of("..", "driver", "target", "dynasql-jdbc.jar");
  static final int TIMEOUT_SECONDS = 60;

  static ProbeRun run(Path database) throws Exception {
    if (!Files.isRegularFile(DRIVER_JAR)) throw new IllegalStateException("missing " + DRIVER_JAR.toAbsolutePath() + ": run with mvn verify");
    Path work = Files.createDirectories(database.resolveSibling(database.getFileName() + "-jvm"));
    String cp = DRIVER_JAR.toAbsolutePath().normalize() + File.pathSeparator + Path.of("target", "test-classes").toAbsolutePath();
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
        "-XX:TieredStopAtLevel=1", "-XX:ErrorFile=" + work.toAbsolutePath() + "/hs_err_pid%p.log",
        "-cp", cp, FaultProbe.class.getName(), database.toAbsolutePath().toString());
    Path out = work.resolve("stdout");
    Process p = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    boolean ended = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    if (!ended) {
      p.destroyForcibly();
      p.waitFor(30, TimeUnit.SECONDS);
    }
    String text = Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "";
    String line = text.lines().filter(l -> l.startsWith("OK ") || l.startsWith("SQLSTATE ") || l.startsWith("ESCAPED "))
        .findFirst().orElse("(nothing)");
    boolean crashLog;
    try (Stream<Path> files = Files.list(work)) {
      crashLog = files.anyMatch(f -> f.getFileName().toString().startsWith("hs_err_pid"));
    }
    String failure = null;
    if (!ended) failure = "hung: killed after " + TIMEOUT_SECONDS + " s";
    else if (crashLog || p.exitValue() > 128) failure = "JVM crashed (exit " + p.exitValue() + "): " + text.lines().limit(8).toList();
    else if (p.exitValue() != 0) failure = "exit " + p.exitValue() + ": " + text.lines().limit(12).toList();
    return new ProbeRun(line.length() > 300 ? line.substring(0, 300) : line, failure);
  }
}
