package io.dynasql.pushdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * The rules and the access runner read a table only through {@link io.dynasql.pushdown.backend.TableBackend},
 * so a second backend (a DynamoDB endpoint) needs no change to them: outside the LMDB backend's
 * own package, pushdown-rules' sources use the engine's values, condition trees and read set,
 * and nothing of its database, catalog or operations.
 */
class RulesTargetTheBackendTest {
  /** Any engine package or class but the value model, the expression trees and the read set. */
  private static final Pattern ENGINE_OUTSIDE_VOCABULARY =
      Pattern.compile("io\\.dynasql\\.engine\\.(?!model\\.|expr\\.|api\\.ReadSet\\b)[A-Za-z]");

  @Test
  void onlyTheLmdbBackendKnowsTheEngineDatabase() throws IOException {
    Path sources = Path.of("src", "main", "java", "io", "dynasql", "pushdown");
    assertTrue(Files.isDirectory(sources), "no sources at " + sources.toAbsolutePath());
    List<String> found = new ArrayList<>();
    int files = 0;
    try (Stream<Path> walk = Files.walk(sources)) {
      for (Path f : walk.filter(p -> p.toString().endsWith(".java") && !p.toString().contains("/lmdb/")).toList()) {
        files++;
        List<String> lines = Files.readAllLines(f);
        for (int i = 0; i < lines.size(); i++) {
          if (ENGINE_OUTSIDE_VOCABULARY.matcher(lines.get(i)).find()) found.add(f + ":" + (i + 1) + " " + lines.get(i).trim());
        }
      }
    }
    assertTrue(files > 30, "read only " + files + " files");
    assertEquals(List.of(), found, "the rules reach the engine around the backend interface");
  }

  @Test
  void thePatternTellsTheVocabularyFromTheEngine() {
    assertTrue(ENGINE_OUTSIDE_VOCABULARY.matcher("import io.dynasql.engine.Database;").find());
    assertTrue(ENGINE_OUTSIDE_VOCABULARY.matcher("import io.dynasql.engine.catalog.TableDescriptor;").find());
    assertTrue(ENGINE_OUTSIDE_VOCABULARY.matcher("import io.dynasql.engine.api.QueryRequest;").find());
    assertFalse(ENGINE_OUTSIDE_VOCABULARY.matcher("import io.dynasql.engine.model.AttributeValue;").find());
    assertFalse(ENGINE_OUTSIDE_VOCABULARY.matcher("import io.dynasql.engine.api.ReadSet;").find());
  }
}
