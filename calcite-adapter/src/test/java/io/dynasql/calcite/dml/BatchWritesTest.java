package io.dynasql.calcite.dml;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.dynasql.calcite.dml.DmlExecutor.BatchRow;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.pushdown.AccessRecord;
import io.dynasql.pushdown.AccessReport;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link DmlExecutor#executeBatch}: each row independent and as if run in order, in as few
 * atomic writes as the keys allow, priced as BatchWriteItem: one write unit per item of up to
 * 1 KB, failed conditional writes charged too, not the transactional double.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchWriteItem.html
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html
 */
class BatchWritesTest {
  private DmlFixture f;

  @BeforeEach
  void table() throws Exception {
    f = new DmlFixture();
    f.ddl("CREATE TABLE Orders (customer VARCHAR, orderId BIGINT, status VARCHAR, PRIMARY KEY (customer, orderId))");
    f.run("INSERT INTO Orders VALUES ('a', 1, 'NEW')");
  }

  @AfterEach
  void close() throws Exception {
    f.close();
  }

  private List<BatchRow> batch(String sql, Object[]... rows) throws Exception {
    DmlStatement dml = DmlTexts.parse(sql).orElseThrow();
    f.report = new AccessReport();
    return DmlExecutor.executeBatch(new DmlContext(f.session, f.report), f.db, dml,
        Arrays.stream(rows).map(Arrays::asList).toList());
  }

  private List<AccessRecord> writes() {
    return f.report.records().stream().filter(r -> r.kind().name().equals("WRITE")).toList();
  }

  private static Object[] row(Object... values) {
    return values;
  }

  @Test
  void anExistingKeyFailsItsRowOnlyAndTheRestIsOneWriteAtOneUnitAnItem() throws Exception {
    List<BatchRow> out = batch("INSERT INTO Orders VALUES (?, ?, ?)", row("b", 1, "NEW"), row("a", 1, "OTHER"), row("c", 1, "NEW"));
    assertEquals(new BatchRow.Written(1), out.get(0));
    DuplicateKeyException e = assertInstanceOf(DuplicateKeyException.class, ((BatchRow.Failed) out.get(1)).error());
    assertEquals("Duplicate key in table Orders: an item with customer = 'a', orderId = 1 already exists", e.getMessage());
    assertEquals(new BatchRow.Written(1), out.get(2));
    assertEquals(3, f.count("Orders"));
    assertEquals(s("NEW"), f.item("Orders", Map.of("customer", s("a"), "orderId", n(1))).get("status"));
    assertEquals(1, writes().size(), "one atomic write for the whole batch");
    assertEquals(3.0, writes().get(0).writeUnits(), "two puts and one failed condition, one unit each (not two)");
    assertEquals(2, writes().get(0).itemsReturned());
  }

  @Test
  void oneKeyTwiceActsAsIfTheRowsRanInOrder() throws Exception {
    List<BatchRow> out = batch("INSERT INTO Orders VALUES (?, ?, ?)", row("x", 1, "FIRST"), row("y", 1, "Y"), row("x", 1, "SECOND"));
    assertEquals(new BatchRow.Written(1), out.get(0));
    assertEquals(new BatchRow.Written(1), out.get(1));
    assertInstanceOf(DuplicateKeyException.class, ((BatchRow.Failed) out.get(2)).error());
    assertEquals(s("FIRST"), f.item("Orders", Map.of("customer", s("x"), "orderId", n(1))).get("status"));
    assertEquals(1, writes().size(), "the second x goes in a later piece of the same write, applied after the first");
    assertEquals(2, writes().get(0).itemsReturned());
    assertEquals(3.0, writes().get(0).writeUnits(), "two puts and one failed condition");
  }

  @Test
  void upsertsReplaceAndTheLastRowOfAKeyWins() throws Exception {
    List<BatchRow> out = batch("UPSERT INTO Orders VALUES (?, ?, ?)", row("a", 1, "ONE"), row("b", 2, "B"), row("a", 1, "TWO"));
    assertEquals(List.of(new BatchRow.Written(1), new BatchRow.Written(1), new BatchRow.Written(1)), out);
    assertEquals(s("TWO"), f.item("Orders", Map.of("customer", s("a"), "orderId", n(1))).get("status"));
    assertEquals(2, f.count("Orders"));
  }

  @Test
  void deletesOfMissingKeysCountZeroAndASecondDeleteOfOneKeyToo() throws Exception {
    f.run("INSERT INTO Orders VALUES ('b', 1, 'NEW'), ('c', 1, 'NEW')");
    List<BatchRow> out = batch("DELETE FROM Orders WHERE customer = ? AND orderId = ?",
        row("a", 1), row("zz", 9), row("b", 1), row("a", 1));
    assertEquals(List.of(new BatchRow.Written(1), new BatchRow.Written(0), new BatchRow.Written(1), new BatchRow.Written(0)), out);
    assertEquals(1, f.count("Orders"));
    assertEquals(List.of("WRITE", "WRITE"), f.report.records().stream().map(r -> r.kind().name()).toList(),
        "key-targeted deletes read nothing; the repeated key starts a second write");
  }

  @Test
  void deletesThatReadThroughSqlSeeTheRowsBeforeThem() throws Exception {
    f.run("INSERT INTO Orders VALUES ('a', 2, 'NEW'), ('b', 1, 'OLD'), ('b', 2, 'NEW')");
    List<BatchRow> out = batch("DELETE FROM Orders WHERE status = ?", row("OLD"), row("NEW"), row("NEW"));
    assertEquals(List.of(new BatchRow.Written(1), new BatchRow.Written(3), new BatchRow.Written(0)), out);
    assertEquals(0, f.count("Orders"));
  }

  @Test
  void aRefusedRowFailsAloneAndNothingOfItIsWritten() throws Exception {
    List<BatchRow> out = batch("INSERT INTO Orders VALUES (?, ?, ?)", row("b", 1, "NEW"), row(null, 2, "NULL KEY"),
        row("c", 1, "x".repeat(410_000)), row("d", 1, "NEW"));
    assertEquals(new BatchRow.Written(1), out.get(0));
    assertEquals("23502", ((DmlException) ((BatchRow.Failed) out.get(1)).error()).sqlState());
    assertInstanceOf(ValidationException.class, ((BatchRow.Failed) out.get(2)).error(), "an item over 400 KB");
    assertEquals(new BatchRow.Written(1), out.get(3));
    assertNull(f.item("Orders", Map.of("customer", s("c"), "orderId", n(1))));
    assertEquals(3, f.count("Orders"));
  }

  @Test
  void aBatchOfManyPiecesKeepsTheRowsInOrderAndIsOneWriteLine() throws Exception {
    int n = 3 * PipelinedChunk.PIECE + 5;
    Object[][] rows = new Object[n][];
    for (int i = 0; i < n; i++) rows[i] = row("k" + (i % 200), 7, "v" + i); // every key again in a later piece
    List<BatchRow> out = batch("UPSERT INTO Orders VALUES (?, ?, ?)", rows);
    for (BatchRow r : out) assertEquals(new BatchRow.Written(1), r);
    for (int k = 0; k < 200; k++) {
      int last = k + 200 * ((n - 1 - k) / 200);
      assertEquals(s("v" + last), f.item("Orders", Map.of("customer", s("k" + k), "orderId", n(7))).get("status"), "key k" + k);
    }
    assertEquals(201, f.count("Orders"));
    assertEquals(1, writes().size(), "one line for the batch's pieces");
    assertEquals(n, writes().get(0).itemsReturned());
    assertEquals((double) n, writes().get(0).writeUnits());
  }

  @Test
  void anInsertRepeatingAKeyOfAnEarlierPieceFailsAsADuplicate() throws Exception {
    int n = 2 * PipelinedChunk.PIECE + 10;
    Object[][] rows = new Object[n][];
    for (int i = 0; i < n; i++) rows[i] = row("d" + i, 1, "NEW");
    rows[n - 1] = row("d3", 1, "AGAIN");
    List<BatchRow> out = batch("INSERT INTO Orders VALUES (?, ?, ?)", rows);
    assertInstanceOf(DuplicateKeyException.class, ((BatchRow.Failed) out.get(n - 1)).error());
    assertEquals(new BatchRow.Written(1), out.get(n - 2));
    assertEquals(s("NEW"), f.item("Orders", Map.of("customer", s("d3"), "orderId", n(1))).get("status"));
    assertEquals(n, f.count("Orders"), "the n - 1 new rows and the one before the batch");
  }

  @Test
  void aPieceHoldingARefusedRowIsWrittenRowByRowInItsTurn() throws Exception {
    int n = 3 * PipelinedChunk.PIECE;
    Object[][] rows = new Object[n][];
    for (int i = 0; i < n; i++) rows[i] = row("r" + i, 1, "NEW");
    int piece = PipelinedChunk.PIECE;
    rows[piece + 5] = row("same", 1, "FIRST"); // in the refused piece
    rows[piece + 9] = row("big", 1, "x".repeat(410_000));
    rows[2 * piece + 3] = row("same", 1, "SECOND"); // a later piece: must be applied after FIRST
    List<BatchRow> out = batch("UPSERT INTO Orders VALUES (?, ?, ?)", rows);
    assertInstanceOf(ValidationException.class, ((BatchRow.Failed) out.get(piece + 9)).error(), "an item over 400 KB");
    for (int i = 0; i < n; i++) if (i != piece + 9) assertEquals(new BatchRow.Written(1), out.get(i), "row " + i);
    assertEquals(s("SECOND"), f.item("Orders", Map.of("customer", s("same"), "orderId", n(1))).get("status"));
    assertNull(f.item("Orders", Map.of("customer", s("big"), "orderId", n(1))));
    assertEquals(n - 2 + 1, f.count("Orders"), "every row but the refused one, one key twice, and the row before the batch");
  }

  @Test
  void onlyInsertsOfParametersAndLiteralsArePipelined() throws Exception {
    assertEquals(true, PipelinedChunk.applies(DmlTexts.parse("INSERT INTO t VALUES (?, ?, 'x', 1)").orElseThrow()));
    assertEquals(true, PipelinedChunk.applies(DmlTexts.parse("UPSERT INTO t (a, b) VALUES (?, ?)").orElseThrow()));
    assertEquals(false, PipelinedChunk.applies(DmlTexts.parse("INSERT INTO t VALUES (?, (SELECT MAX(b) FROM t))").orElseThrow()));
    assertEquals(false, PipelinedChunk.applies(DmlTexts.parse("INSERT INTO t VALUES (?, ? + 1)").orElseThrow()));
    assertEquals(false, PipelinedChunk.applies(DmlTexts.parse("DELETE FROM t WHERE a = ?").orElseThrow()));
  }

  @Test
  void onlyOneRowInsertsAndDeletesAreBatchable() throws Exception {
    assertEquals(true, DmlExecutor.batchable(DmlTexts.parse("INSERT INTO t VALUES (?, ?)").orElseThrow()));
    assertEquals(true, DmlExecutor.batchable(DmlTexts.parse("DELETE FROM t WHERE a = ?").orElseThrow()));
    assertEquals(false, DmlExecutor.batchable(DmlTexts.parse("INSERT INTO t VALUES (?, 1), (?, 2)").orElseThrow()));
    assertEquals(false, DmlExecutor.batchable(DmlTexts.parse("INSERT INTO t SELECT * FROM u").orElseThrow()));
    assertEquals(false, DmlExecutor.batchable(DmlTexts.parse("UPDATE t SET a = ? WHERE b = ?").orElseThrow()));
  }
}
