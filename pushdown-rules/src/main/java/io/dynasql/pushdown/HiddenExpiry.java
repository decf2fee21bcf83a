package io.dynasql.pushdown;

import io.dynasql.engine.expr.ComparisonOperator;
import io.dynasql.engine.expr.Condition;
import io.dynasql.engine.expr.Path;
import io.dynasql.engine.expr.Value;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.ExpiryWindow;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * The connection's {@code hideExpired}: items whose TTL has passed but that the sweeper has not
 * deleted yet are left out of a table's reads by a filter the store applies after reading, so
 * they are still counted and priced as read, as DynamoDB advises for Query and Scan
 * (developerguide/ttl-expired-items.html: expired items "still count towards storage and read
 * costs until they are deleted"). The filter is DynamoDB's expiry rule ({@link ExpiryWindow}),
 * the one the engine's sweeper applies: a top-level Number below the clock's time and not more
 * than five years below it.
 *
 * @param attribute the table's TTL attribute
 * @param clock the engine's clock, read when each access starts
 */
public record HiddenExpiry(String attribute, Clock clock) {
  public HiddenExpiry {
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(clock, "clock");
  }

  /** The condition an item that has not expired by {@code now} meets. */
  public Condition notExpired(Instant now) {
    Path ttl = Path.of(attribute);
    ExpiryWindow window = ExpiryWindow.at(now);
    // A stored value of another type, or none, matches neither comparison: such an item never expires.
    Condition expired = new Condition.And(
        new Condition.Comparison(ComparisonOperator.GE, ttl, new Value(AttributeValue.n(window.from()))),
        new Condition.Comparison(ComparisonOperator.LT, ttl, new Value(AttributeValue.n(window.until()))));
    return new Condition.Not(expired);
  }

  /** {@code filter} (null for none) with the items of {@code source} that expired by now left out, when it hides them. */
  static Condition and(DynamoSource source, Condition filter) {
    HiddenExpiry h = source.hiddenExpiry();
    if (h == null) return filter;
    Condition keep = h.notExpired(h.clock.instant());
    return filter == null ? keep : new Condition.And(filter, keep);
  }
}
