package io.dynasql.tck.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@link SpringJooqRun} in a child JVM on the shaded jar plus spring-jdbc and jOOQ. */
class SpringJooqTest {
  @TempDir Path dir;

  @Test
  void springTemplatesTranslationAndJooqMeta() throws Exception {
    String url = ClientDatabase.create(dir.resolve("db"));
    ChildJvm.Result r = ChildJvm.run(dir, ChildJvm.classPath("spring-jooq", true), SpringJooqRun.class.getName(), List.of(url));
    assertEquals(0, r.exitCode(), r.describe());
    List<String> lines = r.stdout().lines().toList();
    for (String expected : List.of(
        "get: sku-b",
        "query: [1x2, 2x1, 3x7]",
        "update: 1",
        "insert: 1",
        "simple insert: 2 -> {sku=sku-e, qty=4, price=12.5} HELD",
        "translate duplicate: DuplicateKeyException 23505",
        "translate syntax: BadSqlGrammarException 42601",
        "translate missing table: BadSqlGrammarException 42S02",
        "translate missing column: BadSqlGrammarException 42S22",
        "translate data: DataIntegrityViolationException 22018",
        // jOOQ lists secondary indexes; the primary key's own index is the primary key
        "jooq customers: pk=[customerId]",
        "jooq order_lines: pk=[orderId, lineNo] lines_by_sku[orderId, sku]",
        "jooq orderXlines: pk=[orderId, lineNo] by_status[status, lineNo]")) {
      assertTrue(lines.contains(expected), "no line " + expected + "\n" + r.describe());
    }
  }
}
