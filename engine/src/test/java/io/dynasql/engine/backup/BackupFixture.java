package io.dynasql.engine.backup;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;

import io.dynasql.engine.Database;
import io.dynasql.engine.DatabaseOptions;
import io.dynasql.engine.TtlPolicy;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.PageResponse;
import io.dynasql.engine.api.PointInTimeRecoverySpecification;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.ScanRequest;
import io.dynasql.engine.api.SecondaryIndex;
import io.dynasql.engine.api.UpdateContinuousBackupsRequest;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.time.SimulatedClock;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A database on a simulated clock for backup tests, in a directory that can be reopened, with a
 * table {@code orders} (pk S, sk N), a global index on {@code status} and a local one on {@code total}.
 */
final class BackupFixture implements AutoCloseable {
  final SimulatedClock clock = SimulatedClock.atFixedStart();
  final Path directory;
  Database db;

  BackupFixture(Path directory) {
    this.directory = directory;
    this.db = open();
  }

  private Database open() {
    return Database.open(directory, new DatabaseOptions(64L << 20, false).withClock(clock).withTtl(TtlPolicy.MANUAL));
  }

  void reopen() {
    db.close();
    db = open();
  }

  /** Creates {@code name} with the fixture's key and indexes. */
  void table(String name) {
    KeySchema key = KeySchema.of("pk", AttributeType.S, "sk", AttributeType.N);
    db.createTable(CreateTableRequest.of(name, key)
        .withGlobalIndexes(SecondaryIndex.all("by_status", KeySchema.of("status", AttributeType.S, "sk", AttributeType.N)))
        .withLocalIndexes(SecondaryIndex.all("by_total", KeySchema.of("pk", AttributeType.S, "total", AttributeType.N))));
  }

  void enablePitr(String name) {
    db.updateContinuousBackups(new UpdateContinuousBackupsRequest(name, PointInTimeRecoverySpecification.enabled()));
  }

  void put(String table, String pk, long sk, String status, long total) {
    db.putItem(PutItemRequest.of(table, item(pk, sk, status, total)));
  }

  static Map<String, AttributeValue> item(String pk, long sk, String status, long total) {
    Map<String, AttributeValue> item = new HashMap<>(key(pk, sk));
    item.put("status", s(status));
    item.put("total", n(total));
    return item;
  }

  static Map<String, AttributeValue> key(String pk, long sk) {
    return Map.of("pk", s(pk), "sk", n(sk));
  }

  /** Every item of {@code table}, by "pk/sk", read page by page. */
  Map<String, Map<String, AttributeValue>> items(String table) {
    Map<String, Map<String, AttributeValue>> out = new TreeMap<>();
    Map<String, AttributeValue> start = null;
    do {
      PageResponse page = db.scan(ScanRequest.builder(table).exclusiveStartKey(start).build());
      for (Map<String, AttributeValue> i : page.items()) out.put(id(i), i);
      start = page.lastEvaluatedKey();
    } while (start != null);
    return out;
  }

  static String id(Map<String, AttributeValue> item) {
    return ((AttributeValue.S) item.get("pk")).value() + "/" + ((AttributeValue.N) item.get("sk")).text();
  }

  @Override
  public void close() {
    db.close();
  }
}
