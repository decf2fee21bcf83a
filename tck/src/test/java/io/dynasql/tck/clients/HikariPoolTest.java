package io.dynasql.tck.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@link HikariPoolRun} in a child JVM on the shaded jar plus HikariCP. */
class HikariPoolTest {
  @TempDir Path dir;

  @Test
  void poolOfFourServesEightThreadsAndResetsConnections() throws Exception {
    String url = ClientDatabase.create(dir.resolve("db"));
    ChildJvm.Result r = ChildJvm.run(dir, ChildJvm.classPath("hikaricp", true), HikariPoolRun.class.getName(), List.of(url));
    assertEquals(0, r.exitCode(), r.describe());
    List<String> lines = r.stdout().lines().toList();
    // 8 threads x 28 rounds, of which rounds 6, 13, 20 and 27 (4 per thread) are never committed
    long acknowledged = 8 * (28 - 4);
    for (String line : HikariPoolRun.expected(acknowledged)) assertTrue(lines.contains(line), "no line " + line + "\n" + r.describe());
  }
}
