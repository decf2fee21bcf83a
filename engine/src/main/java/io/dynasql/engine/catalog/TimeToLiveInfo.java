package io.dynasql.engine.catalog;

/**
 * A table's TTL setting as the catalog keeps it, so it survives reopening.
 *
 * @param attributeName the TTL attribute (kept after disabling: the last one it was on)
 * @param enabled whether expired items are deleted
 * @param changedMicros when UpdateTimeToLive last changed it, from the engine's clock: DynamoDB
 *     refuses another change within the hour after
 */
public record TimeToLiveInfo(String attributeName, boolean enabled, long changedMicros) {
  public TimeToLiveInfo {
    if (attributeName == null) throw new IllegalArgumentException("a TTL setting needs its attribute name");
  }
}
