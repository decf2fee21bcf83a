package io.dynasql.engine.stream;

import io.dynasql.engine.api.DescribeStreamRequest;
import io.dynasql.engine.api.GetShardIteratorRequest;
import io.dynasql.engine.api.GetShardIteratorResponse;
import io.dynasql.engine.api.ListStreamsRequest;
import io.dynasql.engine.api.ListStreamsResponse;
import io.dynasql.engine.api.Shard;
import io.dynasql.engine.api.StreamDescription;
import io.dynasql.engine.api.StreamSummary;
import io.dynasql.engine.catalog.StreamInfo;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.error.ResourceNotFoundException;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.StreamStatus;
import io.dynasql.engine.ops.Engine;
import io.dynasql.engine.time.Micros;
import java.util.ArrayList;
import java.util.List;

/**
 * DynamoDB Streams' ListStreams, DescribeStream and GetShardIterator over the change log. Reads
 * only: each answers from one read transaction, by the engine's clock.
 */
public final class StreamOperations {
  private final Engine engine;

  public StreamOperations(Engine engine) {
    this.engine = engine;
  }

  public ListStreamsResponse listStreams(ListStreamsRequest r) {
    int limit = limit(r.limit(), 100, "limit");
    long now = Micros.now(engine.clock());
    return engine.store().read(txn -> {
      List<StreamSummary> all = new ArrayList<>();
      for (TableDescriptor t : engine.catalog().tables(txn).values()) {
        if (r.tableName() != null && !r.tableName().equals(t.name())) continue;
        for (StreamInfo s : t.streams()) {
          if (!Shards.expired(s, now)) all.add(new StreamSummary(StreamArns.arn(engine.region(), t.name(), s.label()), t.name(), s.label()));
        }
      }
      if (r.tableName() != null && !engine.catalog().tables(txn).containsKey(r.tableName())) {
        throw new ResourceNotFoundException("Requested resource not found: Table: " + r.tableName() + " not found");
      }
      int from = 0;
      if (r.exclusiveStartStreamArn() != null) {
        while (from < all.size() && !all.get(from).streamArn().equals(r.exclusiveStartStreamArn())) from++;
        from++; // after it; past the end when it is not (any more) a stream
      }
      List<StreamSummary> page = all.subList(Math.min(from, all.size()), Math.min(all.size(), from + limit));
      boolean more = from + limit < all.size();
      return new ListStreamsResponse(page, more ? page.get(page.size() - 1).streamArn() : null);
    });
  }

  public StreamDescription describeStream(DescribeStreamRequest r) {
    int limit = limit(r.limit(), 100, "limit");
    long now = Micros.now(engine.clock());
    return engine.store().read(txn -> {
      StreamLookup l = StreamLookup.of(engine, txn, r.streamArn(), now);
      List<ShardRef> refs = Shards.of(l.table(), l.stream(), now);
      int from = 0;
      if (r.exclusiveStartShardId() != null) {
        while (from < refs.size() && !refs.get(from).id().equals(r.exclusiveStartShardId())) from++;
        from++;
      }
      List<Shard> shards = new ArrayList<>();
      for (int i = from; i < refs.size() && shards.size() < limit; i++) shards.add(refs.get(i).describe(now));
      String last = from + limit < refs.size() ? shards.get(shards.size() - 1).shardId() : null;
      StreamInfo s = l.stream();
      return new StreamDescription(l.arn(), s.label(), s.enabled() ? StreamStatus.ENABLED : StreamStatus.DISABLED,
          s.viewType(), Micros.toInstant(s.createdMicros()), l.table().name(), l.table().keySchema(), shards, last);
    });
  }

  public GetShardIteratorResponse getShardIterator(GetShardIteratorRequest r) {
    if (r.shardIteratorType() == null) throw new ValidationException("ShardIteratorType is required");
    long now = Micros.now(engine.clock());
    return engine.store().read(txn -> {
      StreamLookup l = StreamLookup.of(engine, txn, r.streamArn(), now);
      ShardRef shard = Shards.find(l.table(), l.stream(), r.shardId(), now);
      long position = IteratorStart.position(engine, txn, l, shard, r, now);
      return new GetShardIteratorResponse(ShardIterators.encode(
          new ShardIterators.Position(l.arn(), shard.partition(), shard.generation(), position, now)));
    });
  }

  static int limit(Integer limit, int max, String name) {
    if (limit == null) return max;
    if (limit < 1 || limit > max) {
      throw new ValidationException("1 validation error detected: Value '" + limit + "' at '" + name
          + "' failed to satisfy constraint: Member must have value between 1 and " + max);
    }
    return limit;
  }
}
