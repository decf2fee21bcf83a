package io.dynasql.tck.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.ScanRequest;
import io.dynasql.jdbc.DynasqlConnection;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11's cost conformance suite: for each SQL statement, three figures must agree line by line
 * (table and each index, read and write units): the price AWS's pages give the cheapest DynamoDB
 * calls that answer it ({@link Documented}, from the items' sizes), the consumed capacity the
 * engine returns for those calls on a twin database ({@link Twin}), and the SQL statement's label.
 * A label that differs from the calls (so any over by more than 10%) passes only if
 * {@link KnownExcess} lists its shape, with the reason. Pages:
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html,
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html,
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.Other.html#Query.Limit.
 * The cases run in order (the writes build on one another), and the summary table goes to stdout.
 */
class CostConformanceTest {
  private static Connection conn;
  private static Database sqlDb;
  private static Database twinDb;
  private static SqlSide sql;
  private static Twin twin;
  private static Documented documented;
  private static final List<Summary.Row> ROWS = new ArrayList<>();

  static Stream<CostCase> cases() {
    return Stream.of(ReadCases.all(), JoinCases.all(), WriteCases.all()).flatMap(List::stream);
  }

  @BeforeAll
  static void load() throws SQLException {
    conn = DriverManager.getConnection("jdbc:dynasql:mem:costsuite;scan=allow");
    sqlDb = conn.unwrap(DynasqlConnection.class).database();
    Fixture.load(sqlDb);
    twinDb = Database.temporary();
    Fixture.load(twinDb);
    sql = new SqlSide(conn);
    twin = new Twin(twinDb);
    documented = new Documented(new Items(twinDb));
  }

  @AfterAll
  static void summarize() throws SQLException {
    try {
      System.out.println(Summary.table(ROWS));
      List<String> stale = new ArrayList<>(KnownExcess.SHAPES.keySet());
      stale.removeAll(ROWS.stream().filter(r -> !r.label().sameAs(r.cheapest())).map(r -> r.c().shape()).toList());
      assertEquals(List.of(), stale, "known excesses that no longer occur: remove them from KnownExcess");
      // the statements wrote what the calls wrote: both databases hold the same notes
      assertEquals(new HashSet<>(twinDb.scan(ScanRequest.builder("notes").build()).items()),
          new HashSet<>(sqlDb.scan(ScanRequest.builder("notes").build()).items()), "notes after the writes");
    } finally {
      conn.close();
      twinDb.close();
    }
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("cases")
  void theLabelEqualsTheCheapestCalls(CostCase c) throws SQLException {
    Units aws = documented.price(c.calls());
    Units engine = twin.run(c.calls());
    SqlSide.Label label = sql.run(c);
    Summary.Row row = new Summary.Row(c, label.units(), engine);
    ROWS.add(row);
    assertTrue(aws.sameAs(engine), c + ": the engine's calls consumed " + engine + ", AWS's pages give " + aws);
    assertEquals(!c.notAtomicOnDynamo(), label.allAtomic(), c + ": atomic_on_dynamodb of its WRITE lines");
    if (label.units().sameAs(engine)) return;
    String reason = KnownExcess.reason(c.shape());
    assertTrue(reason != null, c + ": labelled " + label.units() + ", the cheapest calls " + c.calls() + " consume " + engine
        + (row.over() ? " (over by more than 10%, not a known excess)" : ""));
    assertTrue(row.labelTotal() >= row.cheapestTotal(), c + ": labelled below the calls that answer it: " + label.units());
  }
}
