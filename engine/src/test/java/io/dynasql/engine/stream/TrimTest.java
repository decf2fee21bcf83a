package io.dynasql.engine.stream;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynasql.engine.api.GetRecordsRequest;
import io.dynasql.engine.api.GetShardIteratorRequest;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.StreamEvent;
import io.dynasql.engine.api.WriteRequest;
import io.dynasql.engine.error.TrimmedDataAccessException;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.ShardIteratorType;
import io.dynasql.engine.model.StreamViewType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records older than 24 hours are trimmed: TRIM_HORIZON starts after them, a sequence number or
 * an iterator pointing at them gives TrimmedDataAccessException, and later writes delete them
 * from the log.
 * GetShardIterator (TRIM_HORIZON, 24-hour limit):
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_GetShardIterator.html
 * GetRecords (TrimmedDataAccessException):
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_GetRecords.html
 */
class TrimTest {
  private static Map<String, AttributeValue> item(long sk) {
    return Map.of("pk", s("same"), "sk", n(sk));
  }

  private static long logEntries(StreamFixture f, String table) {
    int keyspace = f.db.descriptor(table).keyspace();
    return f.whileClosed(dir -> LogPeek.records(dir, keyspace).size());
  }

  @Test
  void recordsOlderThanADayAreTrimmed(@TempDir Path dir) {
    try (StreamFixture f = new StreamFixture(dir)) {
      String arn = f.table("Aging", StreamViewType.KEYS_ONLY);
      f.db.putItem(PutItemRequest.of("Aging", item(1)));
      f.db.putItem(PutItemRequest.of("Aging", item(2)));
      List<StreamEvent> written = f.readAll(arn);
      String shard = f.shards(arn).stream().filter(sh -> !f.readShard(arn, sh.shardId()).isEmpty()).findFirst().orElseThrow().shardId();

      f.clock.advance(Duration.ofHours(23).plusMinutes(50));
      f.db.putItem(PutItemRequest.of("Aging", item(3)));
      String atSecond = f.db.getShardIterator(new GetShardIteratorRequest(arn, shard, ShardIteratorType.AT_SEQUENCE_NUMBER,
          written.get(1).dynamodb().sequenceNumber())).shardIterator();
      f.clock.advance(Duration.ofMinutes(11)); // items 1 and 2 are now older than 24 hours; the iterator is 11 minutes old

      assertThrows(TrimmedDataAccessException.class, () -> f.db.getRecords(GetRecordsRequest.of(atSecond)),
          "the iterator points at item 2, trimmed before it was read");
      assertThrows(TrimmedDataAccessException.class, () -> f.db.getShardIterator(new GetShardIteratorRequest(arn,
          shard, ShardIteratorType.AT_SEQUENCE_NUMBER, written.get(0).dynamodb().sequenceNumber())));
      List<StreamEvent> left = f.readAll(arn);
      assertEquals(1, left.size(), "TRIM_HORIZON starts at the oldest untrimmed record");
      assertEquals(n(3), left.get(0).dynamodb().keys().get("sk"));

      assertEquals(3, logEntries(f, "Aging"), "trimming is lazy: nothing deleted until the next write");
      f.db.putItem(PutItemRequest.of("Aging", item(4)));
      assertEquals(2, logEntries(f, "Aging"), "the next write deleted the two expired records");
    }
  }

  @Test
  void trimmingKeepsUpWithABacklog(@TempDir Path dir) {
    try (StreamFixture f = new StreamFixture(dir)) {
      f.table("Busy", StreamViewType.KEYS_ONLY);
      writeRecords(f, 0);
      f.clock.advance(Duration.ofHours(25));
      f.db.putItem(PutItemRequest.of("Busy", item(10_000)));
      assertEquals(501, logEntries(f, "Busy"), "one write removes a batch of 1,000 expired records, not the whole backlog");

      writeRecords(f, 20_000); // the reopened database trims the other 500 on its first append
      f.clock.advance(Duration.ofHours(25));
      f.db.putItem(PutItemRequest.of("Busy", item(30_000)));
      f.db.putItem(PutItemRequest.of("Busy", item(30_001)));
      assertEquals(2, logEntries(f, "Busy"), "a write right after a full batch trims again, though a minute has not passed");
    }
  }

  /** 1,500 records. */
  private static void writeRecords(StreamFixture f, long from) {
    for (int batch = 0; batch < 60; batch++) {
      List<WriteRequest> puts = new ArrayList<>();
      for (int i = 0; i < 25; i++) puts.add(WriteRequest.put(item(from + batch * 25L + i)));
      f.db.batchWriteItem(Map.of("Busy", puts));
    }
  }
}
