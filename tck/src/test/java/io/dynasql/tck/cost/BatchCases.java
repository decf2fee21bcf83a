package io.dynasql.tck.cost;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;

import io.dynasql.tck.cost.CostCase.Mode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes of several statements: a prepared statement's {@code executeBatch} with autoCommit on
 * (BatchWriteItem: every row independent, priced once,
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchWriteItem.html) and a
 * transaction's commit (TransactWriteItems, twice, for 2 to 100 items; one item is one write,
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactWriteItems.html).
 */
final class BatchCases {
  private BatchCases() {}

  private static CostCase batch(String shape, String sql, List<List<Object>> rows, Call... calls) {
    return new CostCase(shape, sql, Mode.BATCH, rows, List.of(calls));
  }

  private static CostCase transaction(String shape, String sql, Call... calls) {
    return new CostCase(shape, sql, Mode.TRANSACTION, List.of(), List.of(calls));
  }

  static List<CostCase> all() {
    List<CostCase> c = new ArrayList<>();
    List<List<Object>> rows = new ArrayList<>();
    List<Call> puts = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      String id = "k0" + i;
      String body = "q".repeat(400 * i);
      rows.add(List.of(id, "pink", body));
      puts.add(new Call.Put("notes", WriteCases.item(id, "pink", body)));
    }
    c.add(batch("JDBC batch INSERT (autoCommit)", "INSERT INTO notes (id, tag, body) VALUES (?, ?, ?)", rows, new Call.BatchWrite(puts)));
    List<List<Object>> ids = new ArrayList<>();
    List<Call> deletes = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      String id = String.format("b%03d", i);
      ids.add(List.of(id));
      deletes.add(new Call.Delete("notes", Map.of("id", s(id))));
    }
    c.add(batch("JDBC batch DELETE (autoCommit)", "DELETE FROM notes WHERE id = ?", ids, new Call.BatchWrite(deletes)));
    c.add(batch("JDBC batch UPSERT (autoCommit)", "UPSERT INTO notes (id, body) VALUES (?, ?)",
        List.of(List.of("k01", "w"), List.of("k06", "v")), new Call.BatchWrite(List.of(
            new Call.Put("notes", WriteCases.item("k01", null, "w")), new Call.Put("notes", WriteCases.item("k06", null, "v"))))));
    c.add(transaction("transaction commit, 2-100 rows",
        "INSERT INTO notes (id, body) VALUES ('t01', 'a'); INSERT INTO notes (id, tag, body) VALUES ('t02', 'pink', 'b')",
        new Call.Transact(List.of(new Call.Put("notes", WriteCases.item("t01", null, "a")),
            new Call.Put("notes", WriteCases.item("t02", "pink", "b"))))));
    // With autoCommit off, executeUpdate must return the row count when the statement runs, before
    // commit, and a TransactWriteItems condition failing at commit cancels the whole transaction
    // where SQL expects "0 rows": so the cheapest equivalent reads the item first (GetItem, as
    // consistent as the connection reads: eventually by default) and carries a condition at commit.
    c.add(transaction("transaction commit, one row", "UPDATE notes SET n = 5 WHERE id = 'n47'",
        new Call.Get("notes", Map.of("id", s("n47"))),
        new Call.Update("notes", Map.of("id", s("n47")), Map.of("n", n(5)))));
    c.add(transaction("transaction commit, 2-100 rows",
        "DELETE FROM notes WHERE id = 'n53'; INSERT INTO notes (id, tag, body) VALUES ('t03', 'pink', 'c')",
        new Call.Get("notes", Map.of("id", s("n53"))),
        new Call.Transact(List.of(new Call.Delete("notes", Map.of("id", s("n53"))),
            new Call.Put("notes", WriteCases.item("t03", "pink", "c"))))));
    return c;
  }
}
