package io.dynasql.tck.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the JMH benchmarks of this package, then {@link SqlFirstQueryBench} (not JMH: the first
 * query in fresh JVMs), and writes the report (default {@code docs/benchmarks.md}, relative to the
 * current directory).
 *
 * <pre>
 * java -jar tck/target/benchmarks.jar [report.md] [--forks=1] [--warmup-iterations=2] [--warmup-time=2]
 *     [--iterations=3] [--time=3] [--include=REGEX] [--prof=gc]
 * </pre>
 *
 * Each option can also be given as a system property with a {@code bench.} prefix
 * ({@code -Dbench.iterations=5}); arguments win. Times are in seconds. Other system properties:
 * {@code bench.dir} (where trial data goes, default java.io.tmpdir). System properties
 * reach the forked JVMs, which JMH starts with the host JVM's arguments. {@code --include} also
 * selects the first-query measurement, by the name {@value SqlFirstQueryBench#NAME}
 * ({@code --include='io\.dynasql\.tck\.bench\.Sql.*'} runs only the SQL benchmarks).
 */
public final class BenchMain {
  static final String BUILD_AND_RUN =
      "mvn -B -Pbench -pl tck -am package -DskipTests && java -jar tck/target/benchmarks.jar";

  /** Fresh JVMs started by the first-query measurement; the median is reported (11: one slow start, a cold page cache, barely moves it). */
  static final int FIRST_QUERY_RUNS = 11;

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of("docs/benchmarks.md");
    Map<String, String> opts = new LinkedHashMap<>();
    for (String a : args) {
      if (a.startsWith("--") && a.contains("=")) {
        opts.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
      } else if (!a.startsWith("-")) {
        out = Path.of(a);
      } else {
        throw new IllegalArgumentException("unknown argument " + a + " (see BenchMain's javadoc)");
      }
    }
    Settings s = new Settings(
        intOpt(opts, "forks", 1), intOpt(opts, "warmup-iterations", 2), intOpt(opts, "warmup-time", 2),
        intOpt(opts, "iterations", 3), intOpt(opts, "time", 3),
        opt(opts, "include", BenchMain.class.getPackageName().replace(".", "\\.") + "\\..*Bench\\..*"),
        opt(opts, "prof", null));

    ChainedOptionsBuilder jmh = new OptionsBuilder()
        .include(s.include())
        .forks(s.forks())
        .warmupIterations(s.warmupIterations())
        .warmupTime(TimeValue.seconds(s.warmupTime()))
        .measurementIterations(s.iterations())
        .measurementTime(TimeValue.seconds(s.time()))
        .timeUnit(TimeUnit.SECONDS)
        .shouldFailOnError(false);
    Path notes = Files.createTempFile("dynasql-bench-notes", ".txt"); // load times from the forks (Notes)
    jmh.jvmArgsAppend("-Dbench.notes=" + notes);
    if (s.profiler() != null) { // name or name:options, as JMH's -prof takes it (gc, stack, jfr:dir=/tmp/jfr)
      int colon = s.profiler().indexOf(':');
      if (colon < 0) jmh.addProfiler(s.profiler());
      else jmh.addProfiler(s.profiler().substring(0, colon), s.profiler().substring(colon + 1));
    }

    String loadBefore = Machine.loadAverage();
    Machine.Cpu cpuBefore = Machine.cpuTimes();
    Instant start = Instant.now();
    Collection<RunResult> results;
    try {
      results = new Runner(jmh.build()).run();
    } catch (NoBenchmarksException e) { // --include selected only the first-query measurement
      results = List.of();
    }
    SqlFirstQueryBench.Result firstQuery = null;
    if (Pattern.compile(s.include()).matcher(SqlFirstQueryBench.NAME).find()) {
      firstQuery = SqlFirstQueryBench.measure(FIRST_QUERY_RUNS);
    }
    Duration took = Duration.between(start, Instant.now());
    String load = "load average (1, 5, 15 min) before " + loadBefore + ", after " + Machine.loadAverage() + "; "
        + Machine.otherUse(cpuBefore, took.toMillis() / 1000.0, Runtime.getRuntime().availableProcessors());

    String command = ProcessHandle.current().info().commandLine().orElse("java -jar tck/target/benchmarks.jar");
    Report report = new Report(results, firstQuery, Notes.read(notes), s, Machine.describe(), load, command, start, took);
    Files.deleteIfExists(notes);
    report.write(out);
    System.out.println("Wrote " + out.toAbsolutePath() + " (" + results.size() + " results, " + took.toSeconds() + " s)");
  }

  /** The JMH settings of one run, as reported. */
  record Settings(int forks, int warmupIterations, int warmupTime, int iterations, int time,
      String include, String profiler) {}

  private static String opt(Map<String, String> args, String name, String dflt) {
    String v = args.get(name);
    if (v == null) v = System.getProperty("bench." + name);
    return v == null || v.isEmpty() ? dflt : v;
  }

  private static int intOpt(Map<String, String> args, String name, int dflt) {
    return Integer.parseInt(opt(args, name, Integer.toString(dflt)));
  }
}
