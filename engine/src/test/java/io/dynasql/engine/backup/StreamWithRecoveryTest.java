package io.dynasql.engine.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynasql.engine.api.DescribeStreamRequest;
import io.dynasql.engine.api.GetRecordsRequest;
import io.dynasql.engine.api.GetShardIteratorRequest;
import io.dynasql.engine.api.Shard;
import io.dynasql.engine.api.StreamEvent;
import io.dynasql.engine.api.StreamSpecification;
import io.dynasql.engine.api.UpdateTableRequest;
import io.dynasql.engine.model.ShardIteratorType;
import io.dynasql.engine.model.StreamViewType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table with both a stream and point-in-time recovery: the change log keeps its records for the
 * recovery period, but the stream still shows only the last 24 hours
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.html: "data in a
 * stream is retained for 24 hours").
 */
class StreamWithRecoveryTest {
  @TempDir Path dir;

  @Test
  void theStreamKeepsTwentyFourHoursWhileRecoveryKeepsItsPeriod() {
    try (BackupFixture f = new BackupFixture(dir)) {
      f.table("orders");
      f.db.updateTable(UpdateTableRequest.stream("orders", StreamSpecification.enabled(StreamViewType.NEW_IMAGE)));
      f.enablePitr("orders");
      f.put("orders", "alice", 1, "NEW", 10);
      f.clock.advance(Duration.ofHours(25));
      f.put("orders", "bob", 2, "NEW", 20);

      String arn = f.db.describeTable("orders").latestStreamArn();
      List<StreamEvent> seen = new ArrayList<>();
      for (Shard shard : f.db.describeStream(DescribeStreamRequest.of(arn)).shards()) {
        String it = f.db.getShardIterator(GetShardIteratorRequest.of(arn, shard.shardId(), ShardIteratorType.TRIM_HORIZON))
            .shardIterator();
        seen.addAll(f.db.getRecords(GetRecordsRequest.of(it)).records());
      }
      assertEquals(1, seen.size(), "only bob's insert is within the stream's 24 hours");
      assertEquals(BackupFixture.item("bob", 2, "NEW", 20), seen.get(0).dynamodb().newImage());

      f.clock.advance(Duration.ofMinutes(5));
      f.db.restoreTableToPointInTime(io.dynasql.engine.api.RestoreTableToPointInTimeRequest.at("orders", "orders_day_one",
          f.clock.instant().minus(Duration.ofHours(24))));
      assertEquals(List.of("alice/1"), List.copyOf(f.items("orders_day_one").keySet()), "the log kept alice's insert for recovery");
    }
  }
}
