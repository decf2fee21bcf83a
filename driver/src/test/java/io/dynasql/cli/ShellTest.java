package io.dynasql.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShellTest {
  @Test
  void statementsPrintRowsAndAccessLines() throws Exception {
    ShellRun r = ShellRun.of("jdbc:dynasql:mem:shell-test",
        "CREATE TABLE kvs (k VARCHAR PRIMARY KEY, v BIGINT);",
        "SELECT k, v",
        "  FROM kvs WHERE k = 'a';",
        "SELECT * FROM kvs;",
        "!tables",
        "SELEC nonsense;",
        "!quit");
    assertTrue(r.out().contains("access=GET table=kvs"), r.out());
    assertTrue(r.out().contains("access=SCAN table=kvs"), r.out());
    assertTrue(r.out().contains("error 42601"), r.out());
    assertTrue(r.out().contains("kvs"), r.out());
    assertEquals(1, r.status(), "a failed statement makes the exit status 1");
  }

  /** BACKUP TABLE answers with a row (docs/backup.md): the shell prints it as a table, with the ARN. */
  @Test
  void backupTablePrintsTheBackupsRow() throws Exception {
    ShellRun r = ShellRun.of("jdbc:dynasql:mem:shell-backup",
        "CREATE TABLE kvs (k VARCHAR PRIMARY KEY, v BIGINT);",
        "BACKUP TABLE kvs AS 'nightly';",
        "!quit");
    assertTrue(r.out().contains("backup_arn"), r.out());
    assertTrue(r.out().contains(":table/kvs/backup/"), r.out());
    assertTrue(r.out().contains("nightly"), r.out());
    assertEquals(0, r.status(), r.out());
  }

  @Test
  void errorsOfEvaluationAreReportedAndTheShellGoesOn() throws Exception {
    ShellRun r = ShellRun.of("jdbc:dynasql:mem:shell-errors",
        "CREATE TABLE nums (pk VARCHAR PRIMARY KEY, n BIGINT);",
        "INSERT INTO nums VALUES ('a', 1);",
        "SELECT 1/0 FROM nums WHERE pk = 'a';",
        "SELECT 1/0 FROM nums WHERE pk = 'a';",
        "INSERT INTO nums VALUES ('b', CAST('x' AS INTEGER));",
        "UPDATE nums SET n = n + 'x' WHERE pk = 'a';",
        "SELECT pk, n FROM nums WHERE pk = 'a';");
    assertEquals(2, r.out().split("error 22012", -1).length - 1, r.out());
    assertEquals(2, r.out().split("error 22018", -1).length - 1, r.out());
    assertTrue(r.out().contains("access=GET table=nums"), "the last statement ran: " + r.out());
    assertEquals(1, r.status());
  }

  // sqlline's --run echoes each statement of a script before its output: https://julianhyde.github.io/sqlline/manual.html
  @Test
  void statementsShareALineKeepSemicolonsInStringsAndTheLastNeedsNone() throws Exception {
    ShellRun r = ShellRun.of("jdbc:dynasql:mem:shell-split",
        "CREATE TABLE notes (id VARCHAR PRIMARY KEY, body VARCHAR); INSERT INTO notes VALUES ('n1', 'a; b -- c');",
        "SELECT body FROM notes WHERE id = 'n1'  -- a comment; not the end",
        ";SELECT COUNT(*) AS how_many FROM notes");
    assertEquals(0, r.status(), r.out());
    assertEquals(List.of("CREATE TABLE notes (id VARCHAR PRIMARY KEY, body VARCHAR)", "INSERT INTO notes VALUES ('n1', 'a; b -- c')",
        "SELECT body FROM notes WHERE id = 'n1'", "SELECT COUNT(*) AS how_many FROM notes"), r.echoed());
    assertTrue(r.out().contains("   a; b -- c\n"), r.out());
    assertTrue(r.out().contains("how_many"), "the last statement, with no ';', ran: " + r.out());
  }

  // psql's aligned format prints every value in full and a value with line breaks over several lines:
  // https://www.postgresql.org/docs/current/app-psql.html (\pset format aligned)
  @Test
  void longValuesAndExplainPlansArePrintedInFull() throws Exception {
    String longText = "x".repeat(30) + "-the-end-of-a-long-value-" + "y".repeat(30);
    ShellRun r = ShellRun.of("jdbc:dynasql:mem:shell-wide",
        "CREATE TABLE wide (id VARCHAR PRIMARY KEY, body VARCHAR);",
        "INSERT INTO wide VALUES ('w1', '" + longText + "');",
        "SELECT body, _item FROM wide WHERE id = 'w1';",
        "EXPLAIN PLAN FOR SELECT body FROM wide WHERE id = 'w1' AND body > 'a';");
    assertEquals(0, r.status(), r.out());
    assertTrue(r.out().contains("   " + longText + " | "), "the value is not cut: " + r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.contains("\"body\"") && l.contains(longText)), "_item in full: " + r.out());
    // the plan's lines are printed as lines of the table, the access path's line whole
    assertTrue(r.out().lines().anyMatch(l -> l.contains("access=GET") && l.contains("table=wide") && l.contains("filter=")), r.out());
    assertFalse(r.out().contains("~"), r.out());
    List<String> explain = r.sections().get(3);
    assertTrue(explain.get(0).startsWith("EXPLAIN"), r.out());
    assertTrue(explain.stream().noneMatch(String::isBlank), "no empty line for the plan's final line break: " + explain);
    assertTrue(explain.size() >= 4, "header, at least two plan lines, row count: " + explain);
  }

  @Test
  void aPersonsUnfinishedStatementDoesNotRunWhenTheyLeave() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    String typed = "CREATE TABLE tab1 (k VARCHAR PRIMARY KEY); INSERT INTO tab1 VALUES ('a');\nDELETE FROM tab1\n";
    int status = new Shell(new PlainLines(new BufferedReader(new StringReader(typed)), out, true), out, false).run("jdbc:dynasql:mem:shell-leave");
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(0, status, printed);
    assertTrue(printed.contains("dynasql> "), "a (dumb) terminal shows the prompt: " + printed);
    assertTrue(printed.contains("    ...> "), "and the continuation prompt inside a statement: " + printed);
    assertTrue(printed.endsWith("    ...> \n(not run, it had no ';': DELETE FROM tab1)\n"), printed);
    assertFalse(printed.contains("dynasql> CREATE"), "what a person typed is not echoed back: " + printed);
  }

  @Test
  void helpDescribeAndUnknownCommands() throws Exception {
    ShellRun r = ShellRun.of("jdbc:dynasql:mem:shell-commands",
        "CREATE TABLE orders (customer VARCHAR, id BIGINT, status VARCHAR, PRIMARY KEY (customer, id));",
        "CREATE INDEX byStatus ON orders (status, id);",
        "!help",
        "!describe orders",
        "!describe ORDERS",
        "!describe nothere",
        "!frobnicate");
    assertTrue(r.out().contains("!describe <table>"), r.out());
    assertTrue(r.out().contains("!tables"), r.out());
    assertTrue(r.out().matches("(?s).*customer\\s+\\|\\s+VARCHAR\\s+\\|\\s+NO\\s+\\|\\s+partition key.*"), r.out());
    assertTrue(r.out().matches("(?s).*id\\s+\\|\\s+BIGINT\\s+\\|\\s+NO\\s+\\|\\s+sort key.*"), r.out());
    assertTrue(r.out().matches("(?s).*byStatus\\s+\\|\\s+no\\s+\\|\\s+status, id.*"), r.out());
    assertEquals(2, r.out().split("table dynasql.orders", -1).length - 1, "a name differing only in case finds the table: " + r.out());
    assertTrue(r.out().contains("no table named nothere"), r.out());
    assertTrue(r.out().contains("unknown command !frobnicate"), r.out());
    assertTrue(r.echoed().containsAll(List.of("!help", "!describe orders", "!frobnicate")), "a script's commands are echoed: " + r.out());
    assertEquals(1, r.status(), "an unknown command or table is a failure of the script");
  }
}
