package io.dynasql.engine.stream;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.api.GetRecordsRequest;
import io.dynasql.engine.api.GetRecordsResponse;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.StreamEvent;
import io.dynasql.engine.api.WriteRequest;
import io.dynasql.engine.model.ShardIteratorType;
import io.dynasql.engine.model.StreamViewType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * "GetRecords can retrieve a maximum of 1 MB of data or 1000 stream records, whichever comes first."
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_GetRecords.html
 */
class StreamLimitsTest {
  private static String shardWithRecords(StreamFixture f, String arn) {
    return f.shards(arn).stream().filter(sh -> !f.db.getRecords(GetRecordsRequest.of(
        f.iterator(arn, sh.shardId(), ShardIteratorType.TRIM_HORIZON))).records().isEmpty()).findFirst().orElseThrow().shardId();
  }

  @Test
  void atMostOneThousandRecordsPerCall() {
    try (StreamFixture f = new StreamFixture()) {
      String arn = f.table("Many", StreamViewType.KEYS_ONLY);
      for (int batch = 0; batch < 44; batch++) { // 1,100 items under one partition key: one shard
        List<WriteRequest> puts = new ArrayList<>();
        for (int i = 0; i < 25; i++) puts.add(WriteRequest.put(Map.of("pk", s("p"), "sk", n(batch * 25L + i))));
        f.db.batchWriteItem(Map.of("Many", puts));
      }
      String shard = shardWithRecords(f, arn);
      GetRecordsResponse first = f.db.getRecords(GetRecordsRequest.of(f.iterator(arn, shard, ShardIteratorType.TRIM_HORIZON)));
      assertEquals(1000, first.records().size());
      assertEquals(100, f.db.getRecords(GetRecordsRequest.of(first.nextShardIterator())).records().size());
    }
  }

  @Test
  void atMostOneMegabytePerCallButAlwaysOneRecord() {
    try (StreamFixture f = new StreamFixture()) {
      String arn = f.table("Big", StreamViewType.NEW_AND_OLD_IMAGES);
      String blob = "x".repeat(300_000);
      for (int i = 0; i < 4; i++) f.db.putItem(PutItemRequest.of("Big", Map.of("pk", s("p"), "sk", n(i), "v", s(blob))));
      f.db.putItem(PutItemRequest.of("Big", Map.of("pk", s("p"), "sk", n(0), "v", s(blob + "y")))); // old + new: about 600 KB
      String shard = shardWithRecords(f, arn);
      List<Integer> perCall = new ArrayList<>();
      String it = f.iterator(arn, shard, ShardIteratorType.TRIM_HORIZON);
      while (true) {
        GetRecordsResponse r = f.db.getRecords(GetRecordsRequest.of(it));
        if (r.records().isEmpty()) break;
        long bytes = r.records().stream().mapToLong(e -> e.dynamodb().sizeBytes()).sum();
        assertTrue(bytes <= 1024 * 1024 || r.records().size() == 1, "1 MB per call: " + bytes);
        perCall.add(r.records().size());
        it = r.nextShardIterator();
      }
      assertEquals(List.of(3, 2), perCall, "three 300 KB records fit in 1 MB, a fourth does not; then 300 KB + the 600 KB MODIFY");
      List<StreamEvent> all = f.readAll(arn);
      assertEquals(5, all.size(), "nothing lost at the size cuts");
    }
  }
}
