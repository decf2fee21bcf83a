package io.dynasql.engine;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.GetItemRequest;
import io.dynasql.engine.api.ItemResponse;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.SweepReport;
import io.dynasql.engine.api.TimeToLiveSpecification;
import io.dynasql.engine.api.UpdateTimeToLiveRequest;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.time.SimulatedClock;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docs/ttl.md's example, run; and a check that the page shows exactly this code. Semantics:
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/TTL.html
 */
class TtlDocExampleTest {
  private static final Path DOC = Path.of("..", "docs", "ttl.md");
  private static final Path SELF = Path.of("src", "test", "java", "io", "dynasql", "engine", "TtlDocExampleTest.java");

  @Test
  void theTtlExampleRuns() {
    ItemResponse before;
    SweepReport report;
    ItemResponse after;
    // example start
    SimulatedClock clock = SimulatedClock.atFixedStart();
    DatabaseOptions options = new DatabaseOptions(64L << 20, false).withClock(clock).withTtl(TtlPolicy.MANUAL);
    try (Database db = Database.temporary(options)) {
      db.createTable(CreateTableRequest.of("Sessions", KeySchema.of("sessionId", AttributeType.S)));
      db.updateTimeToLive(UpdateTimeToLiveRequest.of("Sessions", TimeToLiveSpecification.enabled("expiresAt")));

      long inAnHour = clock.instant().plus(Duration.ofHours(1)).getEpochSecond();
      db.putItem(PutItemRequest.of("Sessions", Map.of("sessionId", s("s-1"), "expiresAt", n(inAnHour))));

      clock.advance(Duration.ofHours(2));
      ItemResponse expired = db.getItem(GetItemRequest.of("Sessions", Map.of("sessionId", s("s-1"))));
      SweepReport swept = db.sweepExpiredItems();
      ItemResponse gone = db.getItem(GetItemRequest.of("Sessions", Map.of("sessionId", s("s-1"))));
      // expired.item() is still the session; swept.itemsDeleted() is 1; gone.item() is null
      // example end
      before = expired;
      report = swept;
      after = gone;
    }
    assertNotNull(before.item(), "expired but not yet swept: still read");
    assertEquals(1, report.itemsDeleted());
    assertNull(after.item());
  }

  @Test
  void thePageShowsTheCodeThatRuns() throws IOException {
    DocExamples.assertPageShowsExample(DOC, SELF);
  }
}
