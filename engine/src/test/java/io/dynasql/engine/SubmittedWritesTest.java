package io.dynasql.engine;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.api.AtomicWriteRequest;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.Expr;
import io.dynasql.engine.api.GetItemRequest;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.SubmittedWrite;
import io.dynasql.engine.api.TransactWriteItem;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large write sent in pieces ({@link StatementWrites#submitAtomically}, what a JDBC batch does): the
 * pieces apply in the order sent, each validated before it is queued, each all-or-nothing, and
 * all durable once awaited, whether or not the piece a caller announced ever comes.
 */
class SubmittedWritesTest {
  private static final Expr PK = Expr.names(Map.of("#pk", "pk"));

  private static List<TransactWriteItem> puts(String pk, int from, int to, String v, String condition) {
    List<TransactWriteItem> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      PutItemRequest put = PutItemRequest.of("Tab", Map.of("pk", s(pk), "sk", n(i), "v", s(v)));
      out.add(new TransactWriteItem.Put(condition == null ? put : put.withCondition(condition, PK)));
    }
    return out;
  }

  private static AttributeValue v(Database db, String pk, int sk) {
    Map<String, AttributeValue> item = db.getItem(GetItemRequest.of("Tab", Map.of("pk", s(pk), "sk", n(sk)))).item();
    return item == null ? null : item.get("v");
  }

  @Test
  void piecesApplyInTheOrderSentAndAreDurableOnceAwaited(@TempDir Path dir) {
    try (Database db = Database.open(dir)) {
      db.createTable(CreateTableRequest.of("Tab", KeySchema.of("pk", AttributeType.S, "sk", AttributeType.N)));
      SubmittedWrite first = db.statementWrites().submitAtomically(AtomicWriteRequest.skippingFailedConditions(puts("a", 0, 100, "one", null), false), true);
      // the second piece inserts keys the first wrote: it must see them (skipped) and write only the new ones
      SubmittedWrite second = db.statementWrites().submitAtomically(
          AtomicWriteRequest.skippingFailedConditions(puts("a", 50, 150, "two", "attribute_not_exists(#pk)"), false), true);
      SubmittedWrite third = db.statementWrites().submitAtomically(AtomicWriteRequest.skippingFailedConditions(puts("a", 0, 10, "three", null), false), false);
      assertEquals(100, first.await().applied());
      assertEquals(50, second.await().applied());
      assertEquals(50, second.await().skipped(), "the keys the first piece wrote");
      assertEquals(10, third.await().applied());
    }
    try (Database db = Database.open(dir)) {
      assertEquals(s("three"), v(db, "a", 5), "written last");
      assertEquals(s("one"), v(db, "a", 60), "written by the first piece, kept by the second's failed condition");
      assertEquals(s("two"), v(db, "a", 120));
    }
  }

  @Test
  void anAnnouncedPieceThatNeverComesStillLetsTheWriteCommit(@TempDir Path dir) {
    try (Database db = Database.open(dir)) {
      db.createTable(CreateTableRequest.of("Tab", KeySchema.of("pk", AttributeType.S, "sk", AttributeType.N)));
      SubmittedWrite only = db.statementWrites().submitAtomically(AtomicWriteRequest.skippingFailedConditions(puts("b", 0, 3, "x", null), false), true);
      assertEquals(3, only.await().applied(), "the writer commits once no piece follows");
      assertEquals(s("x"), v(db, "b", 2));
    }
  }

  @Test
  void aPieceTheEngineRefusesIsRefusedBeforeItIsQueuedAndNothingOfItIsWritten(@TempDir Path dir) {
    try (Database db = Database.open(dir)) {
      db.createTable(CreateTableRequest.of("Tab", KeySchema.of("pk", AttributeType.S, "sk", AttributeType.N)));
      List<TransactWriteItem> piece = new ArrayList<>(puts("c", 0, 5, "ok", null));
      piece.add(new TransactWriteItem.Put(PutItemRequest.of("Tab", Map.of("pk", s("c"), "sk", n(9), "v", s("x".repeat(410 * 1024))))));
      ValidationException e = assertThrows(ValidationException.class,
          () -> db.statementWrites().submitAtomically(AtomicWriteRequest.skippingFailedConditions(piece, false), true));
      assertTrue(e.getMessage().contains("size"), e.getMessage());
      assertNull(v(db, "c", 0), "nothing of a refused piece is written");
      SubmittedWrite next = db.statementWrites().submitAtomically(AtomicWriteRequest.skippingFailedConditions(puts("c", 0, 5, "ok", null), false), false);
      assertEquals(5, next.await().applied());
    }
  }
}
