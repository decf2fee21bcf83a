package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.StringJoiner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * EXPLAIN PLAN FOR a write against the WRITE lines running it then labels, statement by statement,
 * as docs/sql.md ("Estimates of writes") states the factors: exact where the statement names its
 * items (INSERT VALUES, UPDATE / DELETE by key, DELETE of everything, over items of one size), and
 * 2x for an UPDATE whose pushed filter keeps a quarter of the items (a pushed filter is assumed to
 * keep half). 200 items of 1,521 bytes (2 write units each,
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html),
 * four kinds, a global index on grp projecting every attribute, so each index entry is 2 units too
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.html#GSI.ThroughputConsiderations.Writes).
 */
class WriteEstimateAccuracyTest {
  private static final String BODY = "b".repeat(1500);
  private static final WriteEstimates.Line NONE = new WriteEstimates.Line(0, 0, null, true);
  private Connection c;
  private Statement st;

  @BeforeEach
  void load() throws SQLException {
    c = DriverManager.getConnection("jdbc:dynasql:mem:write-estimates-" + System.nanoTime() + ";scan=allow");
    st = c.createStatement();
    st.execute("CREATE TABLE items (id VARCHAR, grp VARCHAR, kind VARCHAR, body VARCHAR, PRIMARY KEY (id))");
    st.execute("CREATE INDEX byGrp ON items (grp)");
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO items VALUES (?, ?, ?, ?)")) {
      for (int i = 0; i < 200; i++) {
        ps.setString(1, String.format("i%03d", i));
        ps.setString(2, "g" + i % 5);
        ps.setString(3, "k" + i % 4);
        ps.setString(4, BODY);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  @AfterEach
  void close() throws SQLException {
    c.close();
  }

  /** Explains {@code sql}, runs it, and returns the estimate's and the run's WRITE lines. */
  private Map<String, WriteEstimates.Line>[] both(String sql) throws SQLException {
    Map<String, WriteEstimates.Line> estimated = WriteEstimates.estimated(WriteEstimates.plan(st, sql));
    st.executeUpdate(sql);
    @SuppressWarnings("unchecked")
    Map<String, WriteEstimates.Line>[] out = new Map[] {estimated, WriteEstimates.actual(st.unwrap(DynasqlStatement.class).accessLines())};
    return out;
  }

  /** Estimate equal to the run: items and units of the table and the index, and atomicity. */
  private void exact(String sql, String calls) throws SQLException {
    Map<String, WriteEstimates.Line>[] b = both(sql);
    WriteEstimates.Line est = b[0].get("items");
    WriteEstimates.Line run = b[1].get("items");
    assertEquals(calls, est.calls(), sql);
    assertEquals(run.items(), est.items(), sql + ": items");
    assertEquals(run.units(), est.units(), 1e-9, sql + ": table units");
    assertEquals(run.atomic(), est.atomic(), sql + ": atomic_on_dynamodb");
    // a run labels no line for an index it did not write
    assertEquals(b[1].getOrDefault("items/byGrp", NONE).units(), b[0].get("items/byGrp").units(), 1e-9, sql + ": index units");
  }

  private static String rows(String prefix, int n) {
    StringJoiner v = new StringJoiner(", ");
    for (int i = 0; i < n; i++) v.add(String.format("('%s%03d', 'g9', 'k9', '%s')", prefix, i, BODY));
    return "INSERT INTO items VALUES " + v;
  }

  @Test
  void insertValuesIsExact() throws SQLException {
    exact(rows("a", 1), "PutItem");
    exact(rows("b", 3), "TransactWriteItems");
    exact(rows("c", 120), "BatchWriteItem");
    // an item without the index's key writes nothing to the index, and the estimate knows it from the row
    exact("INSERT INTO items (id, body) VALUES ('d000', 'short'), ('d001', 'short')", "TransactWriteItems");
  }

  @Test
  void updateAndDeleteByKeyAreExact() throws SQLException {
    exact("UPDATE items SET body = '" + "y".repeat(1500) + "' WHERE id = 'i007'", "UpdateItem");
    exact("DELETE FROM items WHERE id = 'i008'", "DeleteItem");
  }

  @Test
  void deleteOfEverythingIsExact() throws SQLException {
    exact("DELETE FROM items", "BatchWriteItem");
  }

  @Test
  void anUpdateByAFilterKeepingAQuarterIsEstimatedTwiceOver() throws SQLException {
    Map<String, WriteEstimates.Line>[] b = both("UPDATE items SET body = '" + "z".repeat(1500) + "' WHERE kind = 'k1'");
    assertEquals(50, b[1].get("items").items());
    assertEquals(100, b[0].get("items").items()); // a pushed filter is assumed to keep half the items read
    assertEquals(2.0, b[0].get("items").units() / b[1].get("items").units(), 1e-9);
    assertEquals(2.0, b[0].get("items/byGrp").units() / b[1].get("items/byGrp").units(), 1e-9);
  }
}
