package io.dynasql.engine.ttl;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;

import io.dynasql.engine.Database;
import io.dynasql.engine.DatabaseOptions;
import io.dynasql.engine.TtlPolicy;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.GetItemRequest;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.TimeToLiveSpecification;
import io.dynasql.engine.api.UpdateTimeToLiveRequest;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.time.SimulatedClock;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A database on a simulated clock for TTL tests: a temporary one, or one in a directory that
 * can be reopened. Sweeps are manual unless a policy says otherwise, so a test decides when.
 */
final class TtlFixture implements AutoCloseable {
  final SimulatedClock clock;
  private final Path directory;
  private final TtlPolicy policy;
  Database db;

  TtlFixture() {
    this(null, TtlPolicy.MANUAL);
  }

  TtlFixture(Path directory, TtlPolicy policy) {
    this(directory, policy, SimulatedClock.atFixedStart());
  }

  /** A database in {@code directory} on {@code clock} (a reopened database keeps its time). */
  TtlFixture(Path directory, TtlPolicy policy, SimulatedClock clock) {
    this.clock = clock;
    this.directory = directory;
    this.policy = policy;
    this.db = open();
  }

  private Database open() {
    DatabaseOptions options = new DatabaseOptions(64L << 20, false).withClock(clock).withTtl(policy);
    return directory == null ? Database.temporary(options) : Database.open(directory, options);
  }

  void reopen() {
    db.close();
    db = open();
  }

  /** The clock's time plus {@code seconds}, in epoch seconds: an expiry attribute's value. */
  long epochPlus(long seconds) {
    return clock.instant().getEpochSecond() + seconds;
  }

  /** Creates table {@code name} (pk S, sk N) and enables TTL on {@code attribute}. */
  void table(String name, String attribute) {
    db.createTable(CreateTableRequest.of(name, KeySchema.of("pk", AttributeType.S, "sk", AttributeType.N)));
    db.updateTimeToLive(UpdateTimeToLiveRequest.of(name, TimeToLiveSpecification.enabled(attribute)));
  }

  /** Puts item (pk, sk) into {@code table} with {@code attribute} = {@code value} (no attribute when null). */
  void put(String table, String pk, long sk, String attribute, AttributeValue value) {
    Map<String, AttributeValue> item = new HashMap<>(key(pk, sk));
    if (value != null) item.put(attribute, value);
    db.putItem(PutItemRequest.of(table, item));
  }

  Map<String, AttributeValue> get(String table, String pk, long sk) {
    return db.getItem(GetItemRequest.of(table, key(pk, sk))).item();
  }

  static Map<String, AttributeValue> key(String pk, long sk) {
    return Map.of("pk", s(pk), "sk", n(sk));
  }

  @Override
  public void close() {
    db.close();
  }
}
