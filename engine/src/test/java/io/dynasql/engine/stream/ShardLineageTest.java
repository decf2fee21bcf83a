package io.dynasql.engine.stream;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.api.DescribeStreamRequest;
import io.dynasql.engine.api.Expr;
import io.dynasql.engine.api.GetRecordsRequest;
import io.dynasql.engine.api.GetRecordsResponse;
import io.dynasql.engine.api.ListStreamsRequest;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.Shard;
import io.dynasql.engine.api.StreamDescription;
import io.dynasql.engine.api.StreamEvent;
import io.dynasql.engine.api.StreamSpecification;
import io.dynasql.engine.api.UpdateItemRequest;
import io.dynasql.engine.api.UpdateTableRequest;
import io.dynasql.engine.error.ResourceNotFoundException;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.ShardIteratorType;
import io.dynasql.engine.model.StreamStatus;
import io.dynasql.engine.model.StreamViewType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One shard per hash partition; shards roll and name their parent; a disabled stream's shards
 * are closed and stay readable; a re-enabled stream is a new stream with a new ARN.
 * DescribeStream ("If both StartingSequenceNumber and EndingSequenceNumber are present, then that
 * shard is closed"): https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_DescribeStream.html
 * Shard (ParentShardId): https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_Shard.html
 * Per-item order: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.html
 */
class ShardLineageTest {
  private static final Map<String, AttributeValue> KEY = Map.of("pk", s("a"), "sk", n(1));

  private void bump(StreamFixture f, long value) {
    f.db.updateItem(UpdateItemRequest.of("Lineage", KEY, "SET v = :v", Expr.values(Map.of(":v", n(value)))));
  }

  @Test
  void shardsRollWithParentsAndKeepEachItemsOrder() {
    try (StreamFixture f = new StreamFixture()) {
      String arn = f.table("Lineage", StreamViewType.NEW_IMAGE);
      List<Shard> first = f.shards(arn);
      assertEquals(4, first.size(), "one shard per partition of an on-demand table (4)");
      first.forEach(sh -> {
        assertNull(sh.parentShardId());
        assertNull(sh.sequenceNumberRange().endingSequenceNumber(), "open");
        assertTrue(sh.shardId().length() >= 28 && sh.shardId().length() <= 65, sh.shardId());
      });
      bump(f, 1);
      f.clock.advance(Duration.ofHours(4).plusSeconds(2)); // past the period and its grace second
      bump(f, 2);

      List<Shard> shards = f.shards(arn);
      assertEquals(8, shards.size());
      for (Shard parent : shards.subList(0, 4)) {
        assertNotNull(parent.sequenceNumberRange().endingSequenceNumber(), "the first period's shards are closed");
        Shard child = shards.stream().filter(c -> parent.shardId().equals(c.parentShardId())).findFirst().orElseThrow();
        assertNull(child.sequenceNumberRange().endingSequenceNumber(), "its child is open");
        assertTrue(child.sequenceNumberRange().startingSequenceNumber().compareTo(parent.sequenceNumberRange().endingSequenceNumber()) > 0);
      }
      List<Long> values = f.readAll(arn).stream().map(e -> ((AttributeValue.N) e.dynamodb().newImage().get("v")).value().longValue()).toList();
      assertEquals(List.of(1L, 2L), values, "the item's changes, parent shard first");
      for (Shard parent : shards.subList(0, 4)) {
        GetRecordsResponse r = f.db.getRecords(GetRecordsRequest.of(f.iterator(arn, parent.shardId(), ShardIteratorType.TRIM_HORIZON)));
        assertNull(r.nextShardIterator(), "a closed shard read to its end has no next iterator");
        for (StreamEvent e : r.records()) {
          String seq = e.dynamodb().sequenceNumber();
          assertTrue(seq.compareTo(parent.sequenceNumberRange().startingSequenceNumber()) >= 0
              && seq.compareTo(parent.sequenceNumberRange().endingSequenceNumber()) <= 0, "record within its shard's range");
        }
      }
    }
  }

  @Test
  void disablingClosesTheStreamAndReEnablingStartsANewOne() {
    try (StreamFixture f = new StreamFixture()) {
      String arn = f.table("Lineage", StreamViewType.KEYS_ONLY);
      bump(f, 1);
      f.clock.advance(Duration.ofSeconds(1));
      f.db.updateTable(UpdateTableRequest.stream("Lineage", StreamSpecification.disabled()));
      bump(f, 2); // no stream now: no record anywhere
      StreamDescription d = f.db.describeStream(DescribeStreamRequest.of(arn));
      assertEquals(StreamStatus.DISABLED, d.streamStatus());
      d.shards().forEach(sh -> assertNotNull(sh.sequenceNumberRange().endingSequenceNumber(), "closed when disabled"));
      assertEquals(1, f.readAll(arn).size(), "still readable, and nothing after the disable");
      assertNull(f.db.describeTable("Lineage").streamSpecification());
      assertEquals(arn, f.db.describeTable("Lineage").latestStreamArn(), "LatestStreamArn still names it");

      f.clock.advance(Duration.ofSeconds(1));
      f.db.updateTable(UpdateTableRequest.stream("Lineage", StreamSpecification.enabled(StreamViewType.NEW_IMAGE)));
      String second = f.db.describeTable("Lineage").latestStreamArn();
      assertTrue(!second.equals(arn), "a new stream, a new ARN");
      bump(f, 3);
      assertEquals(1, f.readAll(second).size());
      assertEquals(1, f.readAll(arn).size());
      assertEquals(2, f.db.listStreams(ListStreamsRequest.of("Lineage")).streams().size(), "both listed within 24 hours");

      f.clock.advance(Duration.ofHours(24));
      assertEquals(List.of(second), f.db.listStreams(ListStreamsRequest.all()).streams().stream().map(x -> x.streamArn()).toList(),
          "an ended stream is gone 24 hours after it was disabled");
      assertThrows(ResourceNotFoundException.class, () -> f.db.describeStream(DescribeStreamRequest.of(arn)));
    }
  }

  @Test
  void listStreamsPagesAndStreamDescriptionsNameTheirTable() {
    try (StreamFixture f = new StreamFixture()) {
      String a = f.table("Alpha", StreamViewType.KEYS_ONLY);
      String b = f.table("Beta", StreamViewType.OLD_IMAGE);
      f.db.putItem(PutItemRequest.of("Alpha", Map.of("pk", s("x"), "sk", n(1))));
      var page1 = f.db.listStreams(new ListStreamsRequest(null, 1, null));
      assertEquals(List.of(a), page1.streams().stream().map(x -> x.streamArn()).toList());
      var page2 = f.db.listStreams(new ListStreamsRequest(null, 1, page1.lastEvaluatedStreamArn()));
      assertEquals(List.of(b), page2.streams().stream().map(x -> x.streamArn()).toList());
      assertNull(page2.lastEvaluatedStreamArn());
      StreamDescription d = f.db.describeStream(new DescribeStreamRequest(b, 3, null));
      assertEquals("Beta", d.tableName());
      assertEquals(StreamViewType.OLD_IMAGE, d.streamViewType());
      assertEquals(3, d.shards().size());
      assertEquals(d.shards().get(2).shardId(), d.lastEvaluatedShardId());
      assertEquals(1, f.db.describeStream(new DescribeStreamRequest(b, 3, d.lastEvaluatedShardId())).shards().size());
      assertTrue(a.startsWith("arn:aws:dynamodb:us-east-1:000000000000:table/Alpha/stream/2026-01-01T00:00:00"), a);
    }
  }
}
