package io.dynasql.calcite.dml;

import io.dynasql.engine.model.AttributeValue;
import java.util.List;
import java.util.Map;

/**
 * The keys of a {@link WritableSource#existing} check that name an item, and what reading them took.
 *
 * @param existing the keys found
 * @param readUnits read units the service reported
 * @param calls BatchGetItem calls made
 * @param millis time the calls took
 */
public record SourceKeyCheck(List<Map<String, AttributeValue>> existing, double readUnits, long calls, long millis) {
  public SourceKeyCheck {
    existing = List.copyOf(existing);
  }
}
