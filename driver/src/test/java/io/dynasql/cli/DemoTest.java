package io.dynasql.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTest {
  @TempDir Path dir;

  private record Run(int status, String out) {}

  private static Run demo(Path db, boolean terminal) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status = new Demo(new PrintStream(bytes, true, StandardCharsets.UTF_8), 300, terminal).run(db);
    return new Run(status, bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theDemoTourLabelsEveryAccessAndExitsZero() {
    Run r = demo(dir.resolve("db"), false);
    assertEquals(0, r.status(), r.out());
    for (String label : new String[] {"access=GET ", "access=QUERY ", "index=byStatus", "access=SCAN ", "far_from_data=true"}) {
      assertTrue(r.out().contains(label), "missing " + label + " in:\n" + r.out());
    }
    assertTrue(r.out().contains("CUST#00042"), r.out());
  }

  @Test
  void aSecondRunOnTheSameDirectoryReusesTheData() {
    Run first = demo(dir.resolve("db"), false);
    Run second = demo(dir.resolve("db"), false);
    assertEquals(0, second.status(), second.out());
    String loaded = first.out().replaceAll("(?s).*loaded (\\d+) items.*", "$1");
    assertTrue(second.out().contains("reusing table Shop (" + loaded + " items"), second.out());
    assertFalse(second.out().contains("loading"), second.out());
    assertTrue(second.out().contains("access=QUERY table=Shop index=byStatus"), second.out());
  }

  @Test
  void aTableShopThatIsNotTheDemosIsLeftAlone() throws Exception {
    Path db = dir.resolve("other");
    try (Connection c = DriverManager.getConnection("jdbc:dynasql:" + db); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE Shop (id VARCHAR PRIMARY KEY, v BIGINT)");
      st.execute("INSERT INTO Shop VALUES ('a', 1)");
    }
    Run r = demo(db, false);
    assertEquals(1, r.status(), r.out());
    assertTrue(r.out().contains("not the demo's (its key is (id), the demo's is (pk, sk)); nothing was changed"), r.out());
    try (Connection c = DriverManager.getConnection("jdbc:dynasql:" + db); Statement st = c.createStatement()) {
      assertEquals(1, st.executeQuery("SELECT COUNT(*) FROM Shop").next() ? 1 : 0);
    }
  }

  @Test
  void theProgressBarIsDrawnOnlyOnATerminal() {
    Run piped = demo(null, false);
    assertFalse(piped.out().contains("\r"), "no carriage returns into a pipe or log");
    assertFalse(piped.out().contains("[#"), piped.out());
    Run terminal = demo(null, true);
    assertTrue(terminal.out().contains("\rloading [########################################] 300/300 customers"), terminal.out());
  }

  @Test
  void unknownCommandsAreRejected() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    assertEquals(2, Main.run(new String[] {"nope"}, new PrintStream(bytes, true, StandardCharsets.UTF_8)));
    assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("nope"));
  }
}
