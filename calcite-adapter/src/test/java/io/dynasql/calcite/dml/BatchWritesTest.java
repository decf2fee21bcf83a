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
    assertEquals(2, writes().size(), "the second x starts a second write, which sees the first");
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
  void onlyOneRowInsertsAndDeletesAreBatchable() throws Exception {
    assertEquals(true, DmlExecutor.batchable(DmlTexts.parse("INSERT INTO t VALUES (?, ?)").orElseThrow()));
    assertEquals(true, DmlExecutor.batchable(DmlTexts.parse("DELETE FROM t WHERE a = ?").orElseThrow()));
    assertEquals(false, DmlExecutor.batchable(DmlTexts.parse("INSERT INTO t VALUES (?, 1), (?, 2)").orElseThrow()));
    assertEquals(false, DmlExecutor.batchable(DmlTexts.parse("INSERT INTO t SELECT * FROM u").orElseThrow()));
    assertEquals(false, DmlExecutor.batchable(DmlTexts.parse("UPDATE t SET a = ? WHERE b = ?").orElseThrow()));
  }
}
