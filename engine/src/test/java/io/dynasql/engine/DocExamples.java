package io.dynasql.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that a docs/ page shows exactly the example a test runs: the page's first java block
 * must be, line for line (indentation aside), the test's code between {@code // example start}
 * and {@code // example end}, plus the brace that closes the example's try block, which the test
 * keeps open to read the results.
 */
final class DocExamples {
  private DocExamples() {}

  static void assertPageShowsExample(Path doc, Path test) throws IOException {
    String page = Files.readString(doc, StandardCharsets.UTF_8);
    int start = page.indexOf("```java\n");
    int end = page.indexOf("```", start + 7);
    assertTrue(start >= 0 && end > start, doc + " has a java block");
    List<String> shown = lines(page.substring(start + 8, end));
    String self = Files.readString(test, StandardCharsets.UTF_8);
    String example = self.substring(self.indexOf("// example start"), self.indexOf("// example end"));
    List<String> run = lines(example.replace("// example start", ""));
    shown.remove(shown.size() - 1);
    assertEquals(run, shown, doc + "'s example must be the code " + test.getFileName() + " runs");
  }

  private static List<String> lines(String block) {
    List<String> out = new ArrayList<>();
    for (String l : block.split("\n")) {
      if (!l.isBlank()) out.add(l.strip());
    }
    return out;
  }
}
