package io.dynasql.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine's public API is {@code io.dynasql.engine} (Database, DatabaseOptions) and its
 * packages {@code api} (requests and responses), {@code model}, {@code expr} (typed condition
 * trees), {@code error}, {@code catalog}, {@code check} and {@code time}. The layers above it
 * (pushdown-rules, calcite-adapter, driver) must reach nothing else: this test reads their
 * sources and fails on any reference to the engine's internals, and on a public ReadPlan.
 */
class EngineBoundaryTest {
  private static final Pattern INTERNAL =
      Pattern.compile("io\\.dynasql\\.engine\\.(ops|store|table|codec|capacity|changelog|stream|ttl)\\b");
  private static final List<String> LAYERS_ABOVE = List.of("pushdown-rules", "calcite-adapter", "driver");

  @Test
  void noLayerAboveTheEngineReachesItsInternals() throws IOException {
    List<String> found = new ArrayList<>();
    int files = 0;
    for (String module : LAYERS_ABOVE) {
      Path sources = Path.of("..", module, "src", "main", "java");
      // a moved module must fail here, not silently check nothing
      assertTrue(Files.isDirectory(sources), "no sources at " + sources.toAbsolutePath());
      try (Stream<Path> walk = Files.walk(sources)) {
        for (Path p : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
          files++;
          found.addAll(references(p));
        }
      }
    }
    assertTrue(files > 100, "read only " + files + " source files");
    assertEquals(List.of(), found, "engine internals referenced above the engine");
  }

  @Test
  void theDetectorSeesAnImportAndAFullyQualifiedUse() {
    assertTrue(INTERNAL.matcher("import io.dynasql.engine.ops.ReadPlan;").find());
    assertTrue(INTERNAL.matcher("x = io.dynasql.engine.codec.ItemSize.of(i);").find());
    assertFalse(INTERNAL.matcher("import io.dynasql.engine.api.QueryRequest;").find());
    assertFalse(INTERNAL.matcher("import io.dynasql.engine.model.ItemSizes;").find());
  }

  @Test
  void theReadPlanIsNotPublic() throws ClassNotFoundException {
    Class<?> plan = Class.forName("io.dynasql.engine.ops.ReadPlan");
    assertFalse(Modifier.isPublic(plan.getModifiers()), "ReadPlan is public again");
  }

  private static List<String> references(Path file) {
    List<String> out = new ArrayList<>();
    try {
      List<String> lines = Files.readAllLines(file);
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = INTERNAL.matcher(lines.get(i));
        if (m.find()) out.add(file + ":" + (i + 1) + " " + lines.get(i).trim());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
