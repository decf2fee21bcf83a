package io.dynasql.tck.scoreboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dynasql.tck.conformance.Script;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the compatibility page, {@value #GENERATED}, from what the build just did: the surefire
 * reports of every module, the accepted differences from DynamoDB ({@code known-differences/dynamodb.json})
 * and the differences from standard SQL marked in the conformance scripts. Run by tck's {@code verify}
 * phase (exec-maven-plugin, test classpath); arguments: the repository root and the build's start
 * in epoch milliseconds (reports written before it are left over from earlier builds and ignored). If any report has a
 * failure or error, the page lists them and this fails, so a build that ignores test failures
 * still fails here. When {@code -Dtest} selects a subset, tests are skipped, or a module with tests
 * has no report from this build ({@code mvn -pl tck}), no page is generated (a page left from an
 * earlier build is removed): it describes full builds only.
 *
 * <p>The build never writes the tracked {@value #COMMITTED}: {@link CompatibilityPageTest}, run
 * after this, fails the build when it differs from the generated page and says how to refresh it.
 */
public final class Scoreboard {
  /** Where the build writes the page, relative to the repository root. */
  static final String GENERATED = "tck/target/compatibility.md";
  /** The committed page, relative to the repository root. */
  static final String COMMITTED = "docs/compatibility.md";
  /** The command, run at the repository root, that makes the committed page the generated one. */
  /** Written instead of the page, with the reason, when a build makes none (a subset of the tests). */
  static final String NOT_GENERATED = "tck/target/compatibility.not-generated";
  static final String REFRESH = "cp " + GENERATED + " " + COMMITTED;

  private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

  private Scoreboard() {}

  public static void main(String[] args) throws IOException {
    String subset = System.getProperty("test", "");
    Path root = Path.of(args[0]).toAbsolutePath().normalize();
    if (!subset.isEmpty() || Boolean.getBoolean("skipTests")) {
      notGenerated(root, subset.isEmpty() ? "tests were skipped" : "-Dtest ran a subset (" + subset + ")");
      return;
    }
    long since = args.length > 1 && args[1].matches("since=\\d+") ? Long.parseLong(args[1].substring(6)) : 0;
    generate(root, since);
  }

  /**
   * Records why this build made no page ({@value #NOT_GENERATED}), so the page check can say so:
   * a page missing without a reason is a generation that failed, and fails the check.
   */
  private static void notGenerated(Path root, String reason) throws IOException {
    Files.deleteIfExists(root.resolve(GENERATED));
    Path marker = root.resolve(NOT_GENERATED);
    Files.createDirectories(marker.getParent());
    Files.writeString(marker, reason, StandardCharsets.UTF_8);
    System.out.println("[scoreboard] " + GENERATED + " not generated: " + reason);
  }

  /**
   * Writes {@code root/}{@value #GENERATED} from the reports written at or after {@code since}
   * (epoch ms); throws, after writing it, when any case failed.
   */
  static void generate(Path root, long since) throws IOException {
    List<SuiteReport> reports = new ArrayList<>();
    Map<String, Integer> suitesPerModule = new LinkedHashMap<>();
    for (String module : modules(root)) {
      List<SuiteReport> found = SuiteReport.read(root, module, since);
      suitesPerModule.put(module, found.size());
      reports.addAll(found);
    }
    List<String> untested = suitesPerModule.entrySet().stream()
        .filter(e -> e.getValue() == 0 && Files.isDirectory(root.resolve(e.getKey()).resolve("src/test/java")))
        .map(Map.Entry::getKey).toList();
    long failing = reports.stream().mapToInt(r -> r.failures() + r.errors()).sum();
    if (!untested.isEmpty()) {
      // a partial build (mvn -pl tck, say) makes no page: the committed one describes a full build
      notGenerated(root, "no test reports from this build in " + untested);
      if (failing > 0) throw new IllegalStateException(failing + " test cases failed or errored: " + failures(reports));
      return;
    }
    JsonNode dynamo = new ObjectMapper().readTree(root.resolve("tck/src/test/resources/known-differences/dynamodb.json").toFile());
    List<Script> scripts = Script.all(root.resolve("tck").resolve(Script.SOURCE_DIR));
    String page = new Page(reports, suitesPerModule, dynamo, scripts).render();
    Path out = root.resolve(GENERATED);
    Files.createDirectories(out.getParent());
    Files.deleteIfExists(root.resolve(NOT_GENERATED));
    Files.writeString(out, page, StandardCharsets.UTF_8);
    System.out.println("[scoreboard] wrote " + out + ": " + reports.size() + " suites, "
        + reports.stream().mapToInt(SuiteReport::tests).sum() + " cases, " + failing + " failing");
    if (failing > 0) {
      throw new IllegalStateException(failing + " test cases failed or errored; they are listed in " + out);
    }
  }

  private static String failures(List<SuiteReport> reports) {
    return reports.stream().flatMap(r -> r.failed().stream().map(f -> r.suite() + " " + f)).toList().toString();
  }

  /** The modules of the root pom, in build order. */
  private static List<String> modules(Path root) throws IOException {
    List<String> modules = new ArrayList<>();
    Matcher m = MODULE.matcher(Files.readString(root.resolve("pom.xml")));
    while (m.find()) modules.add(m.group(1).trim());
    if (modules.isEmpty()) throw new IllegalStateException("no <module> in " + root.resolve("pom.xml"));
    return modules;
  }
}
