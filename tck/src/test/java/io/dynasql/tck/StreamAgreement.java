package io.dynasql.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.DescribeStreamRequest;
import io.dynasql.engine.api.GetRecordsRequest;
import io.dynasql.engine.api.GetRecordsResponse;
import io.dynasql.engine.api.GetShardIteratorRequest;
import io.dynasql.engine.api.Shard;
import io.dynasql.engine.api.StreamDescription;
import io.dynasql.engine.api.StreamEvent;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.OperationType;
import io.dynasql.engine.model.ShardIteratorType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * After a crash, a table's stream and its data agree: the stream (the change log's public face,
 * written in the data's own LMDB transaction) is read in full, every shard from TRIM_HORIZON, and
 * replaying each item's records in sequence order must give exactly the table's items: a
 * committed write without its record, or a record of a write that did not survive, shows as a
 * difference. Stream records per item are in the order of its changes and appear exactly once
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.html).
 */
final class StreamAgreement {
  private StreamAgreement() {}

  /** Every record of {@code table}'s latest stream, all shards, each shard in sequence order. */
  static List<StreamEvent> records(Database db, String table) {
    String arn = db.describeTable(table).latestStreamArn();
    List<StreamEvent> out = new ArrayList<>();
    String after = null;
    do {
      StreamDescription d = db.describeStream(new DescribeStreamRequest(arn, null, after));
      for (Shard shard : d.shards()) {
        String it = db.getShardIterator(GetShardIteratorRequest.of(arn, shard.shardId(), ShardIteratorType.TRIM_HORIZON))
            .shardIterator();
        while (it != null) {
          GetRecordsResponse r = db.getRecords(GetRecordsRequest.of(it));
          out.addAll(r.records());
          it = r.records().isEmpty() ? null : r.nextShardIterator();
        }
      }
      after = d.lastEvaluatedShardId();
    } while (after != null);
    return out;
  }

  /**
   * Replays {@code records} (in sequence order per item) into items by key, checking that each
   * record's old image is what the previous record of its item left: a missing or extra record
   * in between breaks the chain.
   */
  static Map<Map<String, AttributeValue>, Map<String, AttributeValue>> replay(List<StreamEvent> records) {
    List<StreamEvent> ordered = new ArrayList<>(records);
    ordered.sort((x, y) -> new java.math.BigInteger(x.dynamodb().sequenceNumber())
        .compareTo(new java.math.BigInteger(y.dynamodb().sequenceNumber())));
    Map<Map<String, AttributeValue>, Map<String, AttributeValue>> items = new HashMap<>();
    for (StreamEvent e : ordered) {
      Map<String, AttributeValue> key = e.dynamodb().keys();
      Map<String, AttributeValue> before = items.get(key);
      assertEquals(before, e.dynamodb().oldImage(), "the old image of " + e.eventName() + " " + key
          + " is what the item's previous record left");
      assertTrue((before == null) == (e.eventName() == OperationType.INSERT), e.eventName() + " of " + key);
      if (e.eventName() == OperationType.REMOVE) items.remove(key);
      else items.put(key, e.dynamodb().newImage());
    }
    return items;
  }
}
