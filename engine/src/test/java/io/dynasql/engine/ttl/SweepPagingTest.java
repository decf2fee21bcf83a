package io.dynasql.engine.ttl;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.ScanRequest;
import io.dynasql.engine.api.SweepReport;
import io.dynasql.engine.model.AttributeValue;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A sweep reads the whole table, page after 1 MB page, so expired items beyond the first page
 * are deleted too (LocalStack's sweeper reads only the first page of a table, issue 13). The
 * page size is DynamoDB's 1 MB of data per Scan call
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Scan.html#Scan.Pagination).
 */
class SweepPagingTest {
  @Test
  void everyPageIsSweptUpToTheLastItem() {
    try (TtlFixture f = new TtlFixture()) {
      f.table("Big", "expiresAt");
      String padding = "x".repeat(4000);
      int items = 600; // about 2.4 MB: three pages
      Set<Long> kept = new HashSet<>();
      for (long sk = 0; sk < items; sk++) {
        boolean expires = sk % 3 != 1;
        if (!expires) kept.add(sk);
        f.db.putItem(PutItemRequest.of("Big", Map.of("pk", s("p" + (sk % 7)), "sk", n(sk), "pad", s(padding),
            "expiresAt", n(f.epochPlus(expires ? 5 : 5000)))));
      }
      f.clock.advance(Duration.ofSeconds(6));

      SweepReport.TableSweep r = f.db.sweepExpiredItems().table("Big");
      assertTrue(r.pages() >= 3, "pages read: " + r.pages());
      assertEquals(items, r.itemsScanned());
      assertEquals(items - kept.size(), r.itemsDeleted());
      assertEquals(kept, remaining(f));
    }
  }

  private static Set<Long> remaining(TtlFixture f) {
    Set<Long> out = new HashSet<>();
    Map<String, AttributeValue> start = null;
    do {
      var page = f.db.scan(ScanRequest.builder("Big").exclusiveStartKey(start).build());
      for (Map<String, AttributeValue> item : page.items()) out.add(((AttributeValue.N) item.get("sk")).value().longValueExact());
      start = page.lastEvaluatedKey();
    } while (start != null);
    return out;
  }
}
