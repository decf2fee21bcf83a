package io.dynasql.tck;

import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.Database;
import io.dynasql.engine.DatabaseOptions;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.GetItemRequest;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.KeySchema;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes on one database directory: each sees the other's committed tables and items,
 * and the catalog is re-read when the other process changed it. The parent starts with a map
 * too small for the child's writes, so it must also adopt the map size the child grew.
 */
class MultiProcessTest {
  @TempDir Path dir;

  @Test
  void twoProcessesShareOneDatabase() throws Exception {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    try (Database db = Database.open(dir, DatabaseOptions.DEFAULT.withInitialMapSize(1 << 20))) {
      Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
          SecondProcess.class.getName(), dir.toString()).redirectErrorStream(true).start();
      try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
           Writer in = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8)) {
        assertEquals("written", readUntil(out, "written"));
        assertEquals(500, db.describeTable("FromChild").itemCount(), "the parent sees the child's table and items");
        assertNotNull(db.getItem(GetItemRequest.of("FromChild", Map.of("id", s("k499")))).item());
        db.createTable(CreateTableRequest.of("FromParent", KeySchema.of("id", AttributeType.S)));
        db.putItem(PutItemRequest.of("FromParent", Map.of("id", s("hello"), "v", s("world"))));
        in.write("go\n");
        in.flush();
        String seen = readUntil(out, "seen");
        assertTrue(seen.startsWith("seen"), "the child did not see the parent's table: " + seen);
      } finally {
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
      }
    }
  }

  private static String readUntil(BufferedReader out, String prefix) throws Exception {
    String line;
    StringBuilder all = new StringBuilder();
    while ((line = out.readLine()) != null) {
      if (line.startsWith(prefix) || line.equals("timeout")) return line;
      all.append(line).append('\n');
    }
    return "child ended without '" + prefix + "':\n" + all;
  }
}
