package io.dynasql.pushdown;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynasql.engine.expr.Expressions;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.time.SimulatedClock;
import io.dynasql.engine.ttl.Expiry;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The filter {@code hideExpired} adds keeps exactly the items the engine's expiry rule keeps:
 * DynamoDB's rule (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/time-to-live-ttl-before-you-start.html):
 * a top-level Number of epoch seconds less than now has expired, unless it lies more than five
 * years back; any other type, or none, never expires.
 */
class HiddenExpiryTest {
  private final Instant now = SimulatedClock.atFixedStart().instant();
  private final HiddenExpiry hidden = new HiddenExpiry("ttl", SimulatedClock.atFixedStart());
  private final long nowSeconds = now.getEpochSecond();
  private final long fiveYears = now.atOffset(ZoneOffset.UTC).minusYears(5).toEpochSecond();

  @Test
  void keepsWhatTheExpiryRuleKeeps() {
    check(n(nowSeconds - 1), false);
    check(n(nowSeconds), true); // an expiry of exactly now has not passed
    check(n(nowSeconds + 1), true);
    check(new AttributeValue.N(new BigDecimal(nowSeconds + ".000000001").subtract(BigDecimal.ONE)), false);
    check(n(fiveYears), false); // exactly five years back still expires
    check(n(fiveYears - 1), true); // more than five years back never expires
    check(n(nowSeconds * 1000), true); // milliseconds lie far in the future
    check(s(String.valueOf(nowSeconds - 1)), true); // a String is not a TTL value
    check(null, true);
  }

  private void check(AttributeValue ttl, boolean kept) {
    Map<String, AttributeValue> item = new HashMap<>(Map.of("pk", s("a")));
    if (ttl != null) item.put("ttl", ttl);
    assertEquals(!Expiry.isExpired(item, "ttl", now), kept, "the engine's rule for " + ttl);
    assertEquals(kept, Expressions.evaluate(hidden.notExpired(now), item), "the filter for " + ttl);
  }
}
