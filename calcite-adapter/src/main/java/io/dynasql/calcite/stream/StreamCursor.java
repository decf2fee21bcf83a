package io.dynasql.calcite.stream;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.DescribeStreamRequest;
import io.dynasql.engine.api.GetRecordsRequest;
import io.dynasql.engine.api.GetRecordsResponse;
import io.dynasql.engine.api.GetShardIteratorRequest;
import io.dynasql.engine.api.Shard;
import io.dynasql.engine.api.StreamDescription;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.ShardIteratorType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A position in every shard of a table's current stream, as a DynamoDB Streams client keeps one:
 * each {@link #poll()} lists the shards (new ones appear when shards roll), reads each open one
 * with GetRecords until it has nothing more now, and keeps the next iterator for the next poll.
 * Positions are taken when the cursor is made; shards found later are read from TRIM_HORIZON:
 * all of their records are new.
 */
public final class StreamCursor {
  private final Database db;
  private final String table;
  private final String streamArn;
  private final Map<String, String> iterators = new LinkedHashMap<>();
  private final Set<String> finished = new HashSet<>();
  private long getRecordsCalls;

  /** A cursor at {@code start} of {@code table}'s latest stream; a table without one is a ValidationException. */
  public StreamCursor(Database db, String table, StreamStart start) {
    this.db = db;
    this.table = table;
    this.streamArn = db.describeTable(table).latestStreamArn();
    if (streamArn == null) {
      throw new ValidationException("Table " + table + " has no stream: enable one with ALTER TABLE " + table
          + " SET STREAM (NEW_AND_OLD_IMAGES), or another view type");
    }
    // positions are taken now: LATEST means the changes made after the cursor was opened
    openNewShards(start.iteratorType());
  }

  /** The table whose stream this reads. */
  public String table() {
    return table;
  }

  /** GetRecords calls made so far: each is one streams read request unit on DynamoDB. */
  public long getRecordsCalls() {
    return getRecordsCalls;
  }

  /** The records written since the last poll (since the start, the first time), shard by shard. */
  public List<StreamChange> poll() {
    openNewShards(ShardIteratorType.TRIM_HORIZON);
    List<StreamChange> out = new ArrayList<>();
    for (Map.Entry<String, String> e : List.copyOf(iterators.entrySet())) {
      read(e.getKey(), e.getValue(), out);
    }
    return out;
  }

  /** Reads {@code shard} from {@code iterator} to what exists now; a shard read to its end is finished. */
  private void read(String shard, String iterator, List<StreamChange> out) {
    while (true) {
      GetRecordsResponse page = db.getRecords(GetRecordsRequest.of(iterator));
      getRecordsCalls++;
      page.records().forEach(r -> out.add(new StreamChange(shard, r)));
      if (page.nextShardIterator() == null) {
        iterators.remove(shard);
        finished.add(shard);
        return;
      }
      iterator = page.nextShardIterator();
      iterators.put(shard, iterator);
      if (page.records().isEmpty()) return;
    }
  }

  /** Takes an iterator of {@code type} in every shard not seen before. */
  private void openNewShards(ShardIteratorType type) {
    for (Shard shard : shards()) {
      String id = shard.shardId();
      if (!iterators.containsKey(id) && !finished.contains(id)) {
        iterators.put(id, db.getShardIterator(GetShardIteratorRequest.of(streamArn, id, type)).shardIterator());
      }
    }
  }

  private List<Shard> shards() {
    List<Shard> all = new ArrayList<>();
    String after = null;
    do {
      StreamDescription d = db.describeStream(new DescribeStreamRequest(streamArn, null, after));
      all.addAll(d.shards());
      after = d.lastEvaluatedShardId();
    } while (after != null);
    return all;
  }
}
