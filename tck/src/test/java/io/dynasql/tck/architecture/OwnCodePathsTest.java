package io.dynasql.tck.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * dynasql owns its code paths (issue 10, item 4): no production source reaches into a library
 * through a test hook or reflection. Calcite documents {@code Hook} as for testing and debugging;
 * {@code setAccessible} and declared-member lookups reach private members that may change in any
 * release. Scans every module's {@code src/main/java}; any match fails the build with its place.
 */
class OwnCodePathsTest {
  private static final Pattern FORBIDDEN = Pattern.compile(
      "org\\.apache\\.calcite\\.runtime\\.Hook|\\bHook\\.[A-Z_]+|setAccessible\\(|getDeclaredMethod\\(|getDeclaredField\\("
          + "|getDeclaredConstructor\\(|java\\.lang\\.reflect\\.Proxy|MethodHandles\\.privateLookupIn");

  @Test
  void noProductionSourceUsesHooksOrReflectionIntoLibraries() throws IOException {
    Path root = Path.of("").toAbsolutePath().getParent();
    List<Path> mains = new ArrayList<>();
    try (Stream<Path> modules = Files.list(root)) {
      modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).forEach(mains::add);
    }
    assertTrue(mains.size() >= 4, "module sources found under " + root + ": " + mains);
    List<String> found = new ArrayList<>();
    for (Path main : mains) {
      try (Stream<Path> files = Files.walk(main)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          List<String> lines = Files.readAllLines(f);
          for (int i = 0; i < lines.size(); i++) {
            if (FORBIDDEN.matcher(lines.get(i)).find()) found.add(root.relativize(f) + ":" + (i + 1) + ": " + lines.get(i).trim());
          }
        }
      }
    }
    assertEquals(List.of(), found, "hooks or reflection into library internals in production code");
  }
}
