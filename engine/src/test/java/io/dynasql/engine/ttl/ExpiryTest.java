package io.dynasql.engine.ttl;

import static io.dynasql.engine.model.AttributeValue.m;
import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.model.AttributeValue;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The expiry rule, fact by fact, from
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/time-to-live-ttl-before-you-start.html
 * (a top-level Number in epoch seconds; an item without it or with another type is ignored; more
 * than five years in the past never expires; the page's own examples 1645119622 and 1171734022)
 * and https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/howitworks-ttl.html (an
 * item expires when its time is less than the current time).
 */
class ExpiryTest {
  /** Thursday, February 17, 2022 17:40:22 GMT: the page's example of a valid expiry time. */
  private static final long DOC_EXAMPLE = 1645119622L;

  @Test
  void anItemExpiresOnceItsTimeIsLessThanNow() {
    Instant at = Instant.ofEpochSecond(DOC_EXAMPLE);
    assertFalse(expired(n(DOC_EXAMPLE), at.minusSeconds(1)), "not yet");
    assertFalse(expired(n(DOC_EXAMPLE), at), "equal is not less than now");
    assertTrue(expired(n(DOC_EXAMPLE), at.plusNanos(1_000)), "just after");
    assertTrue(expired(n(DOC_EXAMPLE), at.plusSeconds(86_400)), "a day later");
  }

  @Test
  void fractionalSecondsCompareExactly() {
    Instant at = Instant.ofEpochSecond(DOC_EXAMPLE, 500_000_000);
    assertFalse(expired(n("1645119622.5"), at));
    assertTrue(expired(n("1645119622.4"), at));
  }

  @Test
  void moreThanFiveYearsInThePastNeverExpires() {
    // The page's example: February 17, 2007 is more than five years before 2026.
    Instant now = Instant.parse("2026-01-01T00:00:00Z");
    assertFalse(expired(n(1171734022L), now));
    long fiveYears = Instant.parse("2021-01-01T00:00:00Z").getEpochSecond();
    assertTrue(expired(n(fiveYears), now), "exactly five years before still expires");
    assertFalse(expired(n(fiveYears - 1), now), "a second more than five years does not");
    assertFalse(expired(n(-1), now), "nor does a time before the epoch");
  }

  @Test
  void otherTypesNestedOrMissingAttributesAreIgnored() {
    Instant now = Instant.ofEpochSecond(DOC_EXAMPLE + 100);
    assertFalse(expired(s(String.valueOf(DOC_EXAMPLE)), now), "a String holding the digits");
    assertFalse(expired(m(Map.of("ttl", n(DOC_EXAMPLE))), now), "a Number nested in a map is not top-level");
    assertFalse(Expiry.isExpired(Map.of("pk", s("a")), "ttl", now), "no attribute");
    assertFalse(expired(n(DOC_EXAMPLE * 1000), now), "milliseconds read as seconds lie far in the future");
  }

  @Test
  void theWakeHintIsTheFirstMicrosecondAfterTheExpiryTime() {
    Instant now = Instant.ofEpochSecond(DOC_EXAMPLE - 10);
    assertEquals(DOC_EXAMPLE * 1_000_000 + 1, Expiry.expiresAtMicros(Map.of("ttl", n(DOC_EXAMPLE)), "ttl", now));
    assertEquals(Expiry.NEVER, Expiry.expiresAtMicros(Map.of("ttl", n(1171734022L)), "ttl", now), "older than five years");
    assertEquals(Expiry.NEVER, Expiry.expiresAtMicros(Map.of("ttl", s("soon")), "ttl", now));
    assertEquals(Expiry.NEVER, Expiry.expiresAtMicros(Map.of("ttl", n("9e100")), "ttl", now), "beyond any clock");
  }

  private static boolean expired(AttributeValue v, Instant now) {
    return Expiry.isExpired(Map.of("pk", s("a"), "ttl", v), "ttl", now);
  }
}
