package io.dynasql.engine.stream;

import io.dynasql.engine.api.GetRecordsRequest;
import io.dynasql.engine.api.GetRecordsResponse;
import io.dynasql.engine.api.StreamEvent;
import io.dynasql.engine.changelog.ChangeLog;
import io.dynasql.engine.changelog.LogCursor;
import io.dynasql.engine.error.ExpiredIteratorException;
import io.dynasql.engine.error.TrimmedDataAccessException;
import io.dynasql.engine.ops.Engine;
import io.dynasql.engine.time.Micros;
import java.util.ArrayList;
import java.util.List;

/**
 * GetRecords: reads one shard from an iterator's position, at most 1,000 records (or the
 * request's Limit) and 1 MB of SizeBytes per call, and hands back the iterator to read on with
 * — none once a closed shard has been read to its end.
 */
public final class StreamReader {
  /** An iterator is good for 15 minutes after it is handed out. */
  public static final long ITERATOR_LIFETIME_MICROS = 15 * Micros.MINUTE;
  static final int MAX_RECORDS = 1000;
  static final long MAX_BYTES = 1024L * 1024;

  private final Engine engine;

  public StreamReader(Engine engine) {
    this.engine = engine;
  }

  public GetRecordsResponse getRecords(GetRecordsRequest r) {
    int limit = StreamOperations.limit(r.limit(), MAX_RECORDS, "limit");
    ShardIterators.Position it = ShardIterators.decode(r.shardIterator());
    long now = Micros.now(engine.clock());
    if (now - it.issuedMicros() > ITERATOR_LIFETIME_MICROS) {
      throw new ExpiredIteratorException("Iterator expired: shard iterators are valid for 15 minutes, this one was handed out at "
          + Micros.toInstant(it.issuedMicros()) + " (now " + Micros.toInstant(now) + ")");
    }
    return engine.store().read(txn -> {
      StreamLookup l = StreamLookup.of(engine, txn, it.streamArn(), now);
      ShardRef shard = new ShardRef(l.stream(), it.partition(), it.generation());
      long horizon = now - ChangeLog.RETENTION_MICROS;
      List<StreamEvent> out = new ArrayList<>();
      long bytes = 0;
      long position = it.position();
      boolean atEnd = true; // the log holds nothing more for this shard
      try (LogCursor c = new LogCursor(engine.store(), txn, l.table().keyspace(), it.position())) {
        while (c.next()) {
          if (c.micros() >= shard.endMicros()) break; // later periods: this shard holds nothing past here
          if (c.partition() != shard.partition() || c.micros() < shard.startMicros()) {
            position = c.sequence() + 1;
            continue;
          }
          if (c.micros() < horizon) {
            if (out.isEmpty()) {
              throw new TrimmedDataAccessException("The iterator's position in shard " + shard.id()
                  + " is older than the stream's 24-hour retention: its records were trimmed; start again from TRIM_HORIZON");
            }
            break;
          }
          StreamEvent e = StreamEvents.of(c.record(), l.table(), l.stream(), l.arn(), engine.region());
          if (out.size() == limit || (!out.isEmpty() && bytes + e.dynamodb().sizeBytes() > MAX_BYTES)) {
            atEnd = false;
            break;
          }
          out.add(e);
          bytes += e.dynamodb().sizeBytes();
          position = c.sequence() + 1;
        }
      }
      boolean finished = atEnd && shard.closed(now);
      String next = finished ? null : ShardIterators.encode(new ShardIterators.Position(l.arn(), shard.partition(),
          shard.generation(), position, now));
      return new GetRecordsResponse(out, next);
    });
  }
}
