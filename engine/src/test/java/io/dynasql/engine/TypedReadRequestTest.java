package io.dynasql.engine;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.PageResponse;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.QueryRequest;
import io.dynasql.engine.api.ReadSet;
import io.dynasql.engine.api.ScanRequest;
import io.dynasql.engine.api.Select;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.error.ResourceNotFoundException;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.expr.ComparisonOperator;
import io.dynasql.engine.expr.Condition;
import io.dynasql.engine.expr.KeyCondition;
import io.dynasql.engine.expr.Path;
import io.dynasql.engine.expr.SortKeyCondition;
import io.dynasql.engine.expr.Value;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.KeySchema;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Query and Scan with typed key conditions, filters and projections (the SQL layer's way) answer
 * exactly as the same request written as expression strings; mixing both forms of one
 * expression, or a key condition on another attribute than the key, is a ValidationException.
 * Semantics: https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Query.html and
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.KeyConditionExpressions.html
 */
class TypedReadRequestTest {
  private Database db;

  @BeforeEach
  void load() {
    db = Database.temporary();
    db.createTable(CreateTableRequest.of("Tab", KeySchema.of("pk", AttributeType.S, "sk", AttributeType.N)));
    for (int i = 0; i < 20; i++) {
      db.putItem(PutItemRequest.of("Tab", Map.of("pk", s("a"), "sk", n(i), "v", n(i % 4), "w", s("w" + i))));
      db.putItem(PutItemRequest.of("Tab", Map.of("pk", s("b"), "sk", n(i), "v", n(i % 4))));
    }
  }

  @AfterEach
  void close() {
    db.close();
  }

  private static KeyCondition aBetween(int lo, int hi) {
    return new KeyCondition("pk", s("a"), new SortKeyCondition("sk", SortKeyCondition.Operator.BETWEEN, n(lo), n(hi)));
  }

  private static Condition vIs(int v) {
    return new Condition.Comparison(ComparisonOperator.EQ, Path.of("v"), new Value(n(v)));
  }

  @Test
  void aTypedQueryAnswersAsItsExpressionStrings() {
    PageResponse typed = db.query(QueryRequest.builder("Tab").keyCondition(aBetween(3, 15)).filter(vIs(1))
        .attributes(Set.of("sk", "w")).scanIndexForward(false).build());
    PageResponse text = db.query(QueryRequest.builder("Tab").keyCondition("pk = :p AND sk BETWEEN :lo AND :hi")
        .filter("v = :v").projection("sk, w").scanIndexForward(false)
        .values(Map.of(":p", s("a"), ":lo", n(3), ":hi", n(15), ":v", n(1))).build());
    assertEquals(text.items(), typed.items());
    assertEquals(text.scannedCount(), typed.scannedCount());
    assertEquals(text.consumedCapacity(), typed.consumedCapacity());
    assertEquals(3, typed.count()); // sk 13, 9, 5
  }

  /**
   * A filtered page decodes only what the filter and projection read: the filter still sees the
   * attribute it tests (here one not projected, and one inside a map), and an attribute it does
   * not read is absent from no answer.
   */
  @Test
  void aFilterOnAnAttributeNotProjectedSelectsAsOnWholeItems() {
    db.putItem(PutItemRequest.of("Tab", Map.of("pk", s("c"), "sk", n(1), "m", new io.dynasql.engine.model.AttributeValue.M(
        Map.of("x", n(7))), "w", s("deep"))));
    Condition nested = new Condition.Comparison(ComparisonOperator.EQ, Path.of("m").child("x"), new Value(n(7)));
    for (Condition filter : new Condition[] {vIs(2), nested}) {
      PageResponse projected = db.scan(ScanRequest.builder("Tab").filter(filter).attributes(Set.of("w")).build());
      PageResponse whole = db.scan(ScanRequest.builder("Tab").filter(filter).build());
      assertEquals(whole.count(), projected.count());
      assertTrue(projected.count() > 0, filter.toString());
      for (int i = 0; i < whole.count(); i++) {
        Map<String, io.dynasql.engine.model.AttributeValue> w = whole.items().get(i);
        assertEquals(w.containsKey("w") ? Map.of("w", w.get("w")) : Map.of(), projected.items().get(i));
      }
      assertEquals(whole.consumedCapacity(), projected.consumedCapacity());
    }
  }

  @Test
  void aTypedScanCountsAndPagesAsItsExpressionStrings() {
    PageResponse typed = db.scan(ScanRequest.builder("Tab").filter(vIs(2)).select(Select.COUNT).limit(15).build());
    PageResponse text = db.scan(ScanRequest.builder("Tab").filter("v = :v").values(Map.of(":v", n(2)))
        .select(Select.COUNT).limit(15).build());
    assertEquals(text.count(), typed.count());
    assertEquals(15, typed.scannedCount());
    assertEquals(text.lastEvaluatedKey(), typed.lastEvaluatedKey());
    assertTrue(typed.items().isEmpty());
  }

  @Test
  void aTypedReadRecordsTheVersionsOfWhatItReturns() {
    ReadSet reads = new ReadSet();
    db.query(QueryRequest.builder("Tab").keyCondition(aBetween(0, 1)).readSet(reads).build());
    assertEquals(2, reads.size());
    assertTrue(reads.version("Tab", Map.of("pk", s("a"), "sk", n(1))) > 0);
  }

  @Test
  void bothFormsOfOneExpressionAreRefused() {
    ValidationException e = assertThrows(ValidationException.class, () -> db.query(QueryRequest.builder("Tab")
        .keyCondition(aBetween(0, 1)).keyCondition("pk = :p").values(Map.of(":p", s("a"))).build()));
    assertTrue(e.getMessage().contains("KeyConditionExpression"), e.getMessage());
    assertThrows(ValidationException.class, () -> db.scan(ScanRequest.builder("Tab").filter(vIs(1))
        .filter("v = :v").values(Map.of(":v", n(1))).build()));
  }

  @Test
  void aKeyConditionOnAnotherAttributeIsRefusedAndNamesTheKey() {
    ValidationException e = assertThrows(ValidationException.class, () -> db.query(QueryRequest.builder("Tab")
        .keyCondition(new KeyCondition("v", n(1), null)).build()));
    assertTrue(e.getMessage().contains("pk"), e.getMessage());
    assertThrows(ValidationException.class, () -> db.query(QueryRequest.builder("Tab")
        .keyCondition(new KeyCondition("pk", s("a"), new SortKeyCondition("v", SortKeyCondition.Operator.EQ, n(1), null))).build()));
  }

  @Test
  void aReadPinnedToATableCreatedAgainFailsInsteadOfReadingTheNewOne() {
    TableDescriptor planned = db.descriptor("Tab");
    assertEquals(20, db.query(QueryRequest.builder("Tab").keyCondition(new KeyCondition("pk", s("a"), null))
        .expectedTable(planned).build()).count());
    db.deleteTable("Tab");
    db.createTable(CreateTableRequest.of("Tab", KeySchema.of("pk", AttributeType.S, "sk", AttributeType.N)));
    ResourceNotFoundException e = assertThrows(ResourceNotFoundException.class, () -> db.scan(ScanRequest.builder("Tab")
        .expectedTable(planned).build()));
    assertTrue(e.getMessage().contains("Tab"), e.getMessage());
  }
}
