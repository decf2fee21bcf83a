package io.dynasql.engine.stream;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.api.GetRecordsRequest;
import io.dynasql.engine.api.GetRecordsResponse;
import io.dynasql.engine.api.GetShardIteratorRequest;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.StreamEvent;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.ShardIteratorType;
import io.dynasql.engine.model.StreamViewType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The four iterator types start where GetShardIterator's documentation says.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_GetShardIterator.html
 */
class IteratorTypesTest {
  /** One partition key value, so every record is in one shard. */
  private static Map<String, AttributeValue> item(long sk) {
    return Map.of("pk", s("same"), "sk", n(sk));
  }

  private static List<Long> sortKeys(List<StreamEvent> records) {
    return records.stream().map(e -> ((AttributeValue.N) e.dynamodb().keys().get("sk")).value().longValue()).toList();
  }

  @Test
  void trimHorizonLatestAtAndAfterSequenceNumber() {
    try (StreamFixture f = new StreamFixture()) {
      String arn = f.table("Events", StreamViewType.KEYS_ONLY);
      for (long i = 1; i <= 3; i++) f.db.putItem(PutItemRequest.of("Events", item(i)));
      List<StreamEvent> all = f.readAll(arn);
      String shard = f.shards(arn).stream().filter(sh -> !f.readShard(arn, sh.shardId()).isEmpty()).findFirst().orElseThrow().shardId();
      String latest = f.iterator(arn, shard, ShardIteratorType.LATEST);
      f.db.putItem(PutItemRequest.of("Events", item(4)));

      assertEquals(List.of(1L, 2L, 3L, 4L), sortKeys(f.readShard(arn, shard)), "TRIM_HORIZON: from the oldest record");
      assertEquals(List.of(4L), sortKeys(f.db.getRecords(GetRecordsRequest.of(latest)).records()), "LATEST: only what came after");
      String second = all.get(1).dynamodb().sequenceNumber();
      String at = f.db.getShardIterator(new GetShardIteratorRequest(arn, shard, ShardIteratorType.AT_SEQUENCE_NUMBER, second)).shardIterator();
      assertEquals(List.of(2L, 3L, 4L), sortKeys(f.db.getRecords(GetRecordsRequest.of(at)).records()));
      String after = f.db.getShardIterator(new GetShardIteratorRequest(arn, shard, ShardIteratorType.AFTER_SEQUENCE_NUMBER, second)).shardIterator();
      assertEquals(List.of(3L, 4L), sortKeys(f.db.getRecords(GetRecordsRequest.of(after)).records()));
    }
  }

  @Test
  void nextShardIteratorReadsOnWithoutRepeatsOrGaps() {
    try (StreamFixture f = new StreamFixture()) {
      String arn = f.table("Events", StreamViewType.KEYS_ONLY);
      for (long i = 1; i <= 5; i++) f.db.putItem(PutItemRequest.of("Events", item(i)));
      String shard = f.shards(arn).stream().filter(sh -> !f.readShard(arn, sh.shardId()).isEmpty()).findFirst().orElseThrow().shardId();
      String it = f.iterator(arn, shard, ShardIteratorType.TRIM_HORIZON);
      GetRecordsResponse first = f.db.getRecords(new GetRecordsRequest(it, 2));
      assertEquals(List.of(1L, 2L), sortKeys(first.records()), "Limit caps the records of one call");
      GetRecordsResponse second = f.db.getRecords(new GetRecordsRequest(first.nextShardIterator(), 2));
      assertEquals(List.of(3L, 4L), sortKeys(second.records()));
      GetRecordsResponse third = f.db.getRecords(new GetRecordsRequest(second.nextShardIterator(), 2));
      assertEquals(List.of(5L), sortKeys(third.records()));
      GetRecordsResponse empty = f.db.getRecords(GetRecordsRequest.of(third.nextShardIterator()));
      assertTrue(empty.records().isEmpty() && empty.nextShardIterator() != null, "an open shard keeps an iterator to wait on");
      f.db.putItem(PutItemRequest.of("Events", item(6)));
      assertEquals(List.of(6L), sortKeys(f.db.getRecords(GetRecordsRequest.of(empty.nextShardIterator())).records()));
    }
  }
}
