package io.dynasql.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTest {
  @TempDir Path dir;

  @Test
  void theDemoTourLabelsEveryAccessAndExitsZero() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status = new Demo(new PrintStream(bytes, true, StandardCharsets.UTF_8), 300).run(dir.resolve("db"));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(0, status, out);
    for (String label : new String[] {"access=GET ", "access=QUERY ", "index=byStatus", "access=SCAN ", "far_from_data=true"}) {
      assertTrue(out.contains(label), "missing " + label + " in:\n" + out);
    }
    assertTrue(out.contains("CUST#00042"), out);
  }

  @Test
  void unknownCommandsAreRejected() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    assertEquals(2, Main.run(new String[] {"nope"}, new PrintStream(bytes, true, StandardCharsets.UTF_8)));
    assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("nope"));
  }
}
