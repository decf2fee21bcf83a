package io.dynasql.engine.rollup;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.CreateMaterializedViewRequest;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.ScanRequest;
import io.dynasql.engine.catalog.RollupAggregate;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.model.RollupFunction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docs/rollups.md's engine example, run, and a check that the page shows exactly this code.
 * The pattern: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-gsi-aggregation.html
 */
class RollupDocExampleTest {
  private static final Path DOC = Path.of("..", "docs", "rollups.md");
  private static final Path SELF = Path.of("src", "test", "java", "io", "dynasql", "engine", "rollup",
      "RollupDocExampleTest.java");

  @Test
  void theEngineExampleRuns() {
    List<Map<String, AttributeValue>> seen;
    // example start
    try (Database db = Database.temporary()) {
      db.createTable(CreateTableRequest.of("orders", KeySchema.of("id", AttributeType.S)));
      db.putItem(PutItemRequest.of("orders", Map.of("id", s("o1"), "status", s("OPEN"), "total", n(10))));
      db.createMaterializedView(new CreateMaterializedViewRequest("revenue_by_status", "orders", List.of("status"),
          List.of(new RollupAggregate(RollupFunction.COUNT_STAR, null, "n"),
              new RollupAggregate(RollupFunction.SUM, "total", "revenue"))));
      db.putItem(PutItemRequest.of("orders", Map.of("id", s("o2"), "status", s("OPEN"), "total", n(5))));
      List<Map<String, AttributeValue>> groups = db.scan(ScanRequest.builder("revenue_by_status").build()).items();
      // groups: one item, status OPEN, n 2, revenue 15
      // example end
      seen = groups;
    }
    assertEquals(1, seen.size());
    assertEquals(s("OPEN"), seen.get(0).get("status"));
    assertEquals(n(2), seen.get(0).get("n"));
    assertEquals(n(15), seen.get(0).get("revenue"));
  }

  /** The page's java block is this test's example, line for line (indentation aside). */
  @Test
  void thePageShowsTheCodeThatRuns() throws IOException {
    String page = Files.readString(DOC, StandardCharsets.UTF_8);
    int start = page.indexOf("```java\n");
    List<String> shown = lines(page.substring(start + 8, page.indexOf("```", start + 8)));
    String self = Files.readString(SELF, StandardCharsets.UTF_8);
    List<String> run = lines(self.substring(self.indexOf("// example start") + 16, self.indexOf("// example end")));
    shown.remove(shown.size() - 1);
    assertEquals(run, shown);
  }

  private static List<String> lines(String block) {
    List<String> out = new ArrayList<>();
    for (String l : block.split("\n")) {
      if (!l.isBlank()) out.add(l.strip());
    }
    return out;
  }
}
