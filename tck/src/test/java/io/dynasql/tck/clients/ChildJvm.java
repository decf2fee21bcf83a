package io.dynasql.tck.clients;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs a third-party client in a JVM of its own, as a user would: the driver comes only from the
 * shaded jar {@code driver/target/dynasql-jdbc.jar}, the client only from the jars Maven copied
 * to {@code tck/target/clients/<client>/}. Output goes to files (no pipe can fill up and block
 * the child), a child still running at the deadline is killed, and {@link Result#describe()}
 * puts the command, exit code and both outputs into assertion messages.
 */
final class ChildJvm {
  /** Relative to the tck module directory, which is surefire's working directory. */
  static final Path DRIVER_JAR = Path.of("..", "driver", "target", "dynasql-jdbc.jar");
  private static final Path CLIENTS = Path.of("target", "clients");
  private static final Path TEST_CLASSES = Path.of("target", "test-classes");
  /** Far above a normal run (~10 s); only there so that a hung client cannot hang the build. */
  static final Duration TIMEOUT = Duration.ofMinutes(3);

  private ChildJvm() {}

  /** What a child printed and how it ended. */
  record Result(List<String> command, int exitCode, String stdout, String stderr) {
    /** The whole story, for an assertion message. */
    String describe() {
      return "command: " + String.join(" ", command) + "\nexit code: " + exitCode
          + "\n--- stdout ---\n" + stdout + "\n--- stderr ---\n" + stderr;
    }
  }

  /**
   * The shaded driver jar, then {@code client}'s jars (none when {@code client} is null), then tck's
   * test classes when a main class of ours drives the client.
   */
  static List<Path> classPath(String client, boolean withTestClasses) throws IOException {
    if (!Files.isRegularFile(DRIVER_JAR)) {
      fail("The shaded driver jar " + DRIVER_JAR.toAbsolutePath().normalize() + " is missing: it is built by the"
          + " driver module's package phase, so run these tests with `mvn verify` (or package the driver first)");
    }
    List<Path> cp = new ArrayList<>();
    cp.add(DRIVER_JAR);
    if (client != null) cp.addAll(clientJars(client));
    if (withTestClasses) cp.add(TEST_CLASSES);
    return cp;
  }

  private static List<Path> clientJars(String client) throws IOException {
    Path dir = CLIENTS.resolve(client);
    List<Path> jars = new ArrayList<>();
    if (Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        files.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(jars::add);
      }
    }
    if (jars.isEmpty()) {
      fail("No jars in " + dir.toAbsolutePath() + ": tck's pom copies them there (maven-dependency-plugin, phase process-test-resources)");
    }
    for (Path p : jars) {
      String name = p.getFileName().toString();
      // The driver and Calcite must come from the shaded jar alone, never twice.
      if (name.startsWith("dynasql-") || name.startsWith("calcite-") || name.startsWith("avatica")) {
        fail("Client directory " + dir + " holds " + name + ", which the shaded driver jar already contains");
      }
    }
    return jars;
  }

  /** Runs {@code java -cp <classPath> <mainClass> <args>} in {@code workDir} and waits for it, killing it at {@link #TIMEOUT}. */
  static Result run(Path workDir, List<Path> classPath, String mainClass, List<String> args) throws Exception {
    return run(workDir, classPath, List.of(), mainClass, args);
  }

  /** As above, with {@code jvmOptions} too (such as the {@code -D} options a user puts in a tool's VM arguments). */
  static Result run(Path workDir, List<Path> classPath, List<String> jvmOptions, String mainClass, List<String> args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.addAll(jvmOptions);
    command.add("-Djava.io.tmpdir=" + workDir.toAbsolutePath());
    command.add("-cp");
    List<String> entries = new ArrayList<>();
    for (Path p : classPath) entries.add(p.toAbsolutePath().normalize().toString());
    command.add(String.join(File.pathSeparator, entries));
    command.add(mainClass);
    command.addAll(args);
    Path out = workDir.resolve(mainClass + ".stdout");
    Path err = workDir.resolve(mainClass + ".stderr");
    Process p = new ProcessBuilder(command).directory(workDir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    p.getOutputStream().close(); // no input: a client waiting for a terminal sees end of input
    boolean ended = p.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    if (!ended) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      p.waitFor(30, TimeUnit.SECONDS);
    }
    Result r = new Result(command, ended ? p.exitValue() : -1, read(out), read(err));
    if (!ended) fail("Child JVM killed after " + TIMEOUT + "\n" + r.describe());
    return r;
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }
}
