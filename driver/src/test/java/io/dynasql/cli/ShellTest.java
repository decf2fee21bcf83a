package io.dynasql.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ShellTest {
  @Test
  void statementsPrintRowsAndAccessLines() throws Exception {
    String script = String.join("\n",
        "CREATE TABLE kvs (k VARCHAR PRIMARY KEY, v BIGINT);",
        "SELECT k, v",
        "  FROM kvs WHERE k = 'a';",
        "SELECT * FROM kvs;",
        "!tables",
        "SELEC nonsense;",
        "!quit");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status = new Shell(new BufferedReader(new StringReader(script)), new PrintStream(bytes, true, StandardCharsets.UTF_8), false)
        .run("jdbc:dynasql:mem:shell-test");
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("access=GET table=kvs"), out);
    assertTrue(out.contains("access=SCAN table=kvs"), out);
    assertTrue(out.contains("error 42601"), out);
    assertTrue(out.contains("kvs"), out);
    assertEquals(1, status, "a failed statement makes the exit status 1");
  }

  @Test
  void errorsOfEvaluationAreReportedAndTheShellGoesOn() throws Exception {
    String script = String.join("\n",
        "CREATE TABLE nums (pk VARCHAR PRIMARY KEY, n BIGINT);",
        "INSERT INTO nums VALUES ('a', 1);",
        "SELECT 1/0 FROM nums WHERE pk = 'a';",
        "SELECT 1/0 FROM nums WHERE pk = 'a';",
        "INSERT INTO nums VALUES ('b', CAST('x' AS INTEGER));",
        "UPDATE nums SET n = n + 'x' WHERE pk = 'a';",
        "SELECT pk, n FROM nums WHERE pk = 'a';");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status = new Shell(new BufferedReader(new StringReader(script)), new PrintStream(bytes, true, StandardCharsets.UTF_8), false)
        .run("jdbc:dynasql:mem:shell-errors");
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(2, out.split("error 22012", -1).length - 1, out);
    assertEquals(2, out.split("error 22018", -1).length - 1, out);
    assertTrue(out.contains("access=GET table=nums"), "the last statement ran: " + out);
    assertEquals(1, status);
  }
}
