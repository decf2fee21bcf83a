package io.dynasql.tck.scoreboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * One test class's outcome, read from surefire's {@code TEST-<class>.xml}.
 *
 * @param module the Maven module directory, e.g. {@code engine}
 * @param suite the test class
 * @param failed the cases that failed or errored, each as {@code name: message}
 */
record SuiteReport(String module, String suite, int tests, int failures, int errors, int skipped, List<String> failed) {
  int passed() {
    return tests - failures - errors - skipped;
  }

  /**
   * Every report in {@code <module>/target/surefire-reports} written at or after {@code since}
   * (epoch ms), by class name; none if the directory is missing.
   */
  static List<SuiteReport> read(Path root, String module, long since) {
    Path dir = root.resolve(module).resolve("target/surefire-reports");
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().matches("TEST-.*\\.xml"))
          .filter(p -> modified(p) >= since)
          .map(p -> parse(module, p)).sorted(Comparator.comparing(SuiteReport::suite)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long modified(Path p) {
    try {
      return Files.getLastModifiedTime(p).toMillis();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SuiteReport parse(String module, Path file) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      Element suite = f.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
      // counted from the testcase elements: the suite's own tests attribute misses jqwik's properties
      List<String> failed = new ArrayList<>();
      int failures = 0;
      int errors = 0;
      int skipped = 0;
      NodeList cases = suite.getElementsByTagName("testcase");
      for (int i = 0; i < cases.getLength(); i++) {
        Element c = (Element) cases.item(i);
        if (c.getElementsByTagName("skipped").getLength() > 0) skipped++;
        for (String kind : List.of("failure", "error")) {
          NodeList problems = c.getElementsByTagName(kind);
          if (problems.getLength() == 0) continue;
          if (kind.equals("failure")) failures++;
          else errors++;
          String message = ((Element) problems.item(0)).getAttribute("message");
          failed.add(c.getAttribute("name") + ": " + kind + (message.isEmpty() ? "" : ": " + message.lines().findFirst().orElse("")));
        }
      }
      // a suite that failed outside any case (in @BeforeAll, say) has no failing testcase element
      int suiteProblems = count(suite, "failures") + count(suite, "errors");
      if (failures + errors == 0 && suiteProblems > 0) {
        errors = suiteProblems;
        failed.add("(the suite itself): " + suiteProblems + " failures or errors");
      }
      return new SuiteReport(module, suite.getAttribute("name"), Math.max(cases.getLength(), count(suite, "tests")),
          failures, errors, skipped, failed);
    } catch (Exception e) {
      throw new IllegalStateException("cannot read surefire report " + file + ": " + e.getMessage(), e);
    }
  }

  private static int count(Element e, String attribute) {
    String v = e.getAttribute(attribute);
    return v.isEmpty() ? 0 : Integer.parseInt(v);
  }
}
