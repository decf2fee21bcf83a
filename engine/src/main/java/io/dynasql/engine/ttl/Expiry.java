package io.dynasql.engine.ttl;

import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.ExpiryWindow;
import io.dynasql.engine.time.Micros;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Map;

/**
 * DynamoDB's rule for when an item has expired
 * (developerguide/time-to-live-ttl-before-you-start.html): the TTL attribute must be a top-level
 * Number holding epoch seconds; the item has expired once that time is less than the current
 * time; a time more than five years in the past never expires; an item without the attribute,
 * or with another type there, is ignored.
 */
public final class Expiry {
  /** No expiry time: the item has none TTL can use. */
  public static final long NEVER = Long.MAX_VALUE;

  private Expiry() {}

  /**
   * Whether {@code item} has expired at {@code now} when its expiry time is in {@code attribute}.
   * Fractional seconds compare exactly; the five years are calendar years in UTC, and an expiry
   * exactly five years before {@code now} still expires.
   */
  public static boolean isExpired(Map<String, AttributeValue> item, String attribute, Instant now) {
    return item.get(attribute) instanceof AttributeValue.N n && ExpiryWindow.at(now).contains(n.value());
  }

  /**
   * The first microsecond at which {@code item} counts as expired, or {@link #NEVER} when it has
   * no usable expiry time or that time is already more than five years old at {@code now}: the
   * sweeper's hint for when to wake. An expiry of T seconds expires just after T.
   */
  public static long expiresAtMicros(Map<String, AttributeValue> item, String attribute, Instant now) {
    if (attribute == null || !(item.get(attribute) instanceof AttributeValue.N n)) return NEVER;
    BigDecimal at = n.value();
    if (at.compareTo(ExpiryWindow.at(now).from()) < 0) return NEVER;
    BigDecimal micros = at.multiply(BigDecimal.valueOf(Micros.SECOND)).setScale(0, RoundingMode.FLOOR);
    if (micros.compareTo(BigDecimal.valueOf(Long.MAX_VALUE - 1)) >= 0) return NEVER; // beyond any clock
    return micros.longValueExact() + 1;
  }
}
