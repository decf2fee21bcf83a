package io.dynasql.engine.rollup;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.AtomicWriteRequest;
import io.dynasql.engine.api.AtomicWriteResponse;
import io.dynasql.engine.api.ConsumedCapacity;
import io.dynasql.engine.api.CreateMaterializedViewRequest;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.DeleteItemRequest;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.TransactWriteItem;
import io.dynasql.engine.api.TransactWriteItemsRequest;
import io.dynasql.engine.catalog.RollupAggregate;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.model.RollupFunction;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The engine reports what keeping a view costs in the consumed capacity of an atomic write and of
 * TransactWriteItems: one entry for the view's table, each group item written one write of its
 * size, 1 KB a unit (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/provisioned-capacity-mode.html),
 * at the plain rate even in a transaction, since on DynamoDB a stream consumer's UpdateItem keeps
 * the aggregate (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.Lambda.html).
 */
class ViewCapacityTest {
  @Test
  void viewUnitsAreTheGroupItemsWrittenBySize() {
    try (Database db = Database.temporary()) {
      db.createTable(CreateTableRequest.of("orders", KeySchema.of("id", AttributeType.S)));
      db.createMaterializedView(new CreateMaterializedViewRequest("by_status", "orders", List.of("status"),
          List.of(new RollupAggregate(RollupFunction.COUNT_STAR, null, "n"), new RollupAggregate(RollupFunction.SUM, "total", "revenue"))));
      assertEquals(1.0, viewUnits(db.statementWrites().writeAtomically(put("o1", "OPEN", 10))), "insert: one group item");
      assertEquals(1.0, viewUnits(db.statementWrites().writeAtomically(put("o1", "OPEN", 12))), "same group");
      assertEquals(2.0, viewUnits(db.statementWrites().writeAtomically(put("o1", "PAID", 12))), "moved: the old group's and the new one's");
      assertEquals(0.0, viewUnits(db.statementWrites().writeAtomically(put("o1", "PAID", 12))), "nothing changed, nothing written");
      String big = "B".repeat(700); // the group item holds the group value twice (key and column): over 1 KB
      double bigMove = viewUnits(db.statementWrites().writeAtomically(put("o1", big, 12)));
      int bigSize = io.dynasql.engine.codec.ItemSize.of(db.scan(io.dynasql.engine.api.ScanRequest.builder("by_status").build())
          .items().get(0));
      assertEquals(2.0, Math.ceil(bigSize / 1024.0), "the group item is " + bigSize + " bytes");
      assertEquals(3.0, bigMove, "PAID's item deleted (1), the big one written (2)");
      assertEquals(2.0, viewUnits(db.statementWrites().writeAtomically(AtomicWriteRequest.allOrNothing(
          List.of(new TransactWriteItem.Delete(DeleteItemRequest.of("orders", Map.of("id", s("o1"))))), true))),
          "the big group's deletion: two units, not doubled though the base write is priced as a transaction");
      var response = db.transactWriteItems(TransactWriteItemsRequest.of(
          new TransactWriteItem.Put(PutItemRequest.of("orders", Map.of("id", s("o2"), "status", s("NEW"), "total", n(1)))),
          new TransactWriteItem.Put(PutItemRequest.of("orders", Map.of("id", s("o3"), "status", s("OLD"), "total", n(1))))));
      assertEquals(2.0, units(response.consumedCapacity(), "by_status"), "TransactWriteItems lists the view's table too");
      assertEquals(4.0, units(response.consumedCapacity(), "orders"), "the base: two items, doubled");
    }
  }

  private static AtomicWriteRequest put(String id, String status, int total) {
    return AtomicWriteRequest.allOrNothing(List.of(new TransactWriteItem.Put(PutItemRequest.of("orders",
        Map.of("id", s(id), "status", s(status), "total", n(total))))), false);
  }

  private static double viewUnits(AtomicWriteResponse done) {
    return units(done.consumedCapacity(), "by_status");
  }

  private static double units(List<ConsumedCapacity> capacity, String table) {
    return capacity.stream().filter(c -> c.tableName().equals(table)).mapToDouble(ConsumedCapacity::writeCapacityUnits).sum();
  }
}
