package io.dynasql.engine.stream;

import io.dynasql.engine.Database;
import io.dynasql.engine.DatabaseOptions;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.DescribeStreamRequest;
import io.dynasql.engine.api.GetRecordsRequest;
import io.dynasql.engine.api.GetRecordsResponse;
import io.dynasql.engine.api.GetShardIteratorRequest;
import io.dynasql.engine.api.Shard;
import io.dynasql.engine.api.StreamEvent;
import io.dynasql.engine.api.StreamSpecification;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.model.ShardIteratorType;
import io.dynasql.engine.model.StreamViewType;
import io.dynasql.engine.time.SimulatedClock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A temporary database on a simulated clock, and helpers that read a whole stream. */
final class StreamFixture implements AutoCloseable {
  final SimulatedClock clock = SimulatedClock.atFixedStart();
  /** The directory of a database that outlives close(), or null for a temporary one. */
  private final Path directory;
  Database db;

  /** A temporary database, deleted on close. */
  StreamFixture() {
    this.directory = null;
    this.db = Database.temporary(clock);
  }

  /** A database in {@code directory}, which close() keeps, so it can be reopened. */
  StreamFixture(Path directory) {
    this.directory = directory;
    this.db = open();
  }

  private Database open() {
    return Database.open(directory, new DatabaseOptions(64L << 20, false).withClock(clock));
  }

  /** Closes the database and opens it again on the same clock. */
  void reopen() {
    db.close();
    db = open();
  }

  /** Closes the database, runs {@code body} on the closed directory (only one LMDB open per process), reopens. */
  <T> T whileClosed(java.util.function.Function<Path, T> body) {
    db.close();
    try {
      return body.apply(directory);
    } finally {
      db = open();
    }
  }

  /** Creates table {@code name} (pk S, sk N) with a stream of {@code view}; returns the stream's ARN. */
  String table(String name, StreamViewType view) {
    return db.createTable(CreateTableRequest.of(name, KeySchema.of("pk", AttributeType.S, "sk", AttributeType.N))
        .withStream(StreamSpecification.enabled(view))).latestStreamArn();
  }

  List<Shard> shards(String arn) {
    return db.describeStream(DescribeStreamRequest.of(arn)).shards();
  }

  String iterator(String arn, String shardId, ShardIteratorType type) {
    return db.getShardIterator(GetShardIteratorRequest.of(arn, shardId, type)).shardIterator();
  }

  /** Every record of one shard from TRIM_HORIZON, until a call returns none or the shard ends. */
  List<StreamEvent> readShard(String arn, String shardId) {
    List<StreamEvent> out = new ArrayList<>();
    String it = iterator(arn, shardId, ShardIteratorType.TRIM_HORIZON);
    while (it != null) {
      GetRecordsResponse r = db.getRecords(GetRecordsRequest.of(it));
      out.addAll(r.records());
      if (r.records().isEmpty()) break;
      it = r.nextShardIterator();
    }
    return out;
  }

  /** Every record of every shard, in sequence-number order. */
  List<StreamEvent> readAll(String arn) {
    List<StreamEvent> out = new ArrayList<>();
    for (Shard s : shards(arn)) out.addAll(readShard(arn, s.shardId()));
    out.sort(Comparator.comparing(e -> e.dynamodb().sequenceNumber()));
    return out;
  }

  @Override
  public void close() {
    db.close();
  }
}
