package io.dynasql.engine.rollup;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.DeleteItemRequest;
import io.dynasql.engine.api.ObservedRates;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.ScanRequest;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.time.SimulatedClock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The engine counts each table's item changes and whole-table scans over the last 24 hours of its
 * clock: a put that changes nothing is no change (as it makes no stream record,
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.html), a scan's later
 * pages and other segments are the same scan, and an index scan is not a read of the table.
 */
class ObservedRatesTest {
  @Test
  void writesAndWholeScansAreCountedOverTheWindow() {
    SimulatedClock clock = SimulatedClock.atFixedStart();
    try (Database db = Database.temporary(clock)) {
      db.createTable(CreateTableRequest.of("orders", KeySchema.of("id", AttributeType.S)));
      ObservedRates none = db.observedRates("orders");
      assertEquals(new ObservedRates(Duration.ZERO, 0, 0), none);
      assertFalse(none.enough());
      for (int i = 0; i < 120; i++) db.putItem(PutItemRequest.of("orders", Map.of("id", s("o" + i), "total", n(i))));
      db.putItem(PutItemRequest.of("orders", Map.of("id", s("o0"), "total", n(0)))); // the same item: no change
      db.deleteItem(DeleteItemRequest.of("orders", Map.of("id", s("o1"))));
      db.deleteItem(DeleteItemRequest.of("orders", Map.of("id", s("missing")))); // nothing deleted
      for (int i = 0; i < 30; i++) {
        var first = db.scan(ScanRequest.builder("orders").limit(100).build());
        db.scan(ScanRequest.builder("orders").exclusiveStartKey(first.lastEvaluatedKey()).build()); // the same scan's next page
      }
      db.scan(ScanRequest.builder("orders").segment(0, 2).build());
      db.scan(ScanRequest.builder("orders").segment(1, 2).build()); // one parallel scan
      clock.advance(Duration.ofHours(1));
      ObservedRates hour = db.observedRates("orders");
      assertEquals(new ObservedRates(Duration.ofHours(1), 121, 31), hour);
      assertTrue(hour.enough());
      assertEquals(121.0, hour.writesPerHour(), 1e-9);
      assertEquals(31.0, hour.scansPerHour(), 1e-9);
      clock.advance(Duration.ofHours(1));
      assertEquals(60.5, db.observedRates("orders").writesPerHour(), 1e-9, "the same counts over two hours");
      clock.advance(Duration.ofHours(23));
      assertEquals(new ObservedRates(Duration.ofHours(24), 0, 0), db.observedRates("orders"),
          "a day later the first hour's counts have left the window");
      assertEquals(new ObservedRates(Duration.ofHours(24), 0, 0), db.observedRates("other"));
    }
  }
}
