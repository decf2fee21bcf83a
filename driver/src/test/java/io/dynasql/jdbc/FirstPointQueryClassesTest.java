package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first point query of a fresh JVM does not wait for what it never uses (issue 10's first
 * query within a second): a child JVM opens a file database and runs one literal point query;
 * its class-loading log must not show Calcite's statement preparation (the planner and its
 * rules), Calcite's time frames, or a {@code Calendar} made for a result without dates. Each of
 * these is loaded by a statement that needs it (the other tests of this module plan, round
 * timestamps and read dates).
 */
class FirstPointQueryClassesTest {
  /** Classes whose loading a point query must not cause. */
  private static final List<String> UNUSED = List.of(
      "org.apache.calcite.prepare.CalcitePrepareImpl",
      "org.apache.calcite.plan.volcano.VolcanoPlanner",
      "org.apache.calcite.rel.type.TimeFrames",
      "java.util.GregorianCalendar");

  @Test
  void pointQueryLoadsNoPlannerTimeFramesOrCalendar(@TempDir Path dir) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:dynasql:" + dir); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE tbl (pk VARCHAR, sk BIGINT, v VARCHAR, PRIMARY KEY (pk, sk))");
      st.execute("INSERT INTO tbl (pk, sk, v) VALUES ('a', 1, 'one')");
    }
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xlog:class+load=info:stdout", "-cp", System.getProperty("java.class.path"), Child.class.getName(), dir.toString())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    assertTrue(out.contains("answer=one"), out);
    String beforeAnswer = out.substring(0, out.indexOf("answer=one"));
    List<String> loaded = UNUSED.stream().filter(c -> beforeAnswer.contains(" " + c + " ")).collect(Collectors.toList());
    assertEquals(List.of(), loaded, "loaded by the first point query");
  }

  /**
   * Opens the database through the driver object itself (DriverManager would also start the
   * other drivers on this module's class path, Calcite's among them) and runs one point query.
   */
  public static final class Child {
    public static void main(String[] args) throws SQLException {
      try (Connection c = new DynasqlDriver().connect("jdbc:dynasql:" + args[0], new Properties());
          Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT v FROM tbl WHERE pk = 'a' AND sk = 1")) {
        System.out.println("answer=" + (rs.next() ? rs.getString(1) : null));
      }
    }
  }
}
