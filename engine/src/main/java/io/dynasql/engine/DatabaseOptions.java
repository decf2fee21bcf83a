package io.dynasql.engine;

import java.time.Clock;
import java.util.Objects;

/**
 * How a database is opened.
 *
 * @param initialMapSize LMDB map size to start with; it doubles on demand, so this only avoids
 *     early resizes (it reserves address space, not disk)
 * @param sync flush every commit to disk; false trades durability on power loss for speed
 *     (a process crash still loses nothing committed)
 * @param readOnly open without writing anything (LMDB's MDB_RDONLY): for copies and read-only
 *     mounts; every write is refused, the map never grows, no format marker is written
 * @param clock the time every time rule reads (change log commit times, stream trimming,
 *     iterator expiry, TTL expiry and sweeps); the system clock by default, a {@link io.dynasql.engine.time.SimulatedClock}
 *     in tests
 * @param region the AWS region the database answers as: it appears in stream ARNs and in each
 *     stream record's {@code awsRegion}
 * @param ttl how expired items are deleted: a background sweeper deleting at once by default
 *     (see {@link TtlPolicy})
 */
public record DatabaseOptions(long initialMapSize, boolean sync, boolean readOnly, Clock clock, String region,
    TtlPolicy ttl) {
  /** Region used when none is given. */
  public static final String DEFAULT_REGION = "us-east-1";

  /** Durable, with a 1 GiB initial map, the system clock and {@value #DEFAULT_REGION}. */
  public static final DatabaseOptions DEFAULT = new DatabaseOptions(1L << 30, true, false);

  public DatabaseOptions {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(ttl, "ttl");
  }

  public DatabaseOptions(long initialMapSize, boolean sync, boolean readOnly, Clock clock, String region) {
    this(initialMapSize, sync, readOnly, clock, region, TtlPolicy.IMMEDIATE);
  }

  public DatabaseOptions(long initialMapSize, boolean sync, boolean readOnly) {
    this(initialMapSize, sync, readOnly, Clock.systemUTC(), DEFAULT_REGION);
  }

  public DatabaseOptions(long initialMapSize, boolean sync) {
    this(initialMapSize, sync, false);
  }

  public DatabaseOptions withInitialMapSize(long bytes) {
    return new DatabaseOptions(bytes, sync, readOnly, clock, region, ttl);
  }

  public DatabaseOptions withSync(boolean s) {
    return new DatabaseOptions(initialMapSize, s, readOnly, clock, region, ttl);
  }

  public DatabaseOptions withReadOnly(boolean r) {
    return new DatabaseOptions(initialMapSize, sync, r, clock, region, ttl);
  }

  /** The same options reading time from {@code c} (a simulated clock in tests). */
  public DatabaseOptions withClock(Clock c) {
    return new DatabaseOptions(initialMapSize, sync, readOnly, c, region, ttl);
  }

  /** The same options answering as AWS region {@code r}. */
  public DatabaseOptions withRegion(String r) {
    return new DatabaseOptions(initialMapSize, sync, readOnly, clock, r, ttl);
  }

  /** The same options deleting expired items as {@code policy} says. */
  public DatabaseOptions withTtl(TtlPolicy policy) {
    return new DatabaseOptions(initialMapSize, sync, readOnly, clock, region, policy);
  }
}
