package io.dynasql.engine.stream;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.DescribeStreamRequest;
import io.dynasql.engine.api.GetRecordsRequest;
import io.dynasql.engine.api.GetShardIteratorRequest;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.Shard;
import io.dynasql.engine.api.StreamSpecification;
import io.dynasql.engine.api.UpdateTableRequest;
import io.dynasql.engine.error.DynamoException;
import io.dynasql.engine.error.ExpiredIteratorException;
import io.dynasql.engine.error.ResourceNotFoundException;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.model.ShardIteratorType;
import io.dynasql.engine.model.StreamViewType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bad input gets DynamoDB's error type and changes nothing.
 * GetShardIterator (iterators expire after 15 minutes):
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_GetShardIterator.html
 * GetRecords (Limit 1-1000): https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_GetRecords.html
 * DescribeStream (Limit 1-100, ResourceNotFoundException):
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_DescribeStream.html
 */
class StreamErrorsTest {
  @Test
  void iteratorsExpireAfterFifteenMinutesByTheClock() {
    try (StreamFixture f = new StreamFixture()) {
      String arn = f.table("Tbl", StreamViewType.KEYS_ONLY);
      String shard = f.shards(arn).get(0).shardId();
      String it = f.iterator(arn, shard, ShardIteratorType.TRIM_HORIZON);
      f.clock.advance(Duration.ofMinutes(15));
      String next = f.db.getRecords(GetRecordsRequest.of(it)).nextShardIterator(); // exactly 15 minutes: still good
      f.clock.advance(Duration.ofMinutes(15).plusNanos(1000));
      assertThrows(ExpiredIteratorException.class, () -> f.db.getRecords(GetRecordsRequest.of(it)));
      assertThrows(ExpiredIteratorException.class, () -> f.db.getRecords(GetRecordsRequest.of(next)),
          "a NextShardIterator also expires 15 minutes after it was handed out");
    }
  }

  @Test
  void badIteratorsArnsShardsAndLimitsAreRefused() {
    try (StreamFixture f = new StreamFixture()) {
      String arn = f.table("Tbl", StreamViewType.KEYS_ONLY);
      String shard = f.shards(arn).get(0).shardId();
      String it = f.iterator(arn, shard, ShardIteratorType.LATEST);
      assertThrows(ValidationException.class, () -> f.db.getRecords(GetRecordsRequest.of("not an iterator")));
      assertThrows(ValidationException.class, () -> f.db.getRecords(GetRecordsRequest.of(it.substring(0, it.length() - 2) + "xx")));
      assertThrows(ValidationException.class, () -> f.db.getRecords(new GetRecordsRequest(it, 0)));
      assertThrows(ValidationException.class, () -> f.db.getRecords(new GetRecordsRequest(it, 1001)));
      assertThrows(ValidationException.class, () -> f.db.describeStream(new DescribeStreamRequest(arn, 101, null)));
      String unknown = arn.replace("/stream/2026", "/stream/2025");
      assertThrows(ResourceNotFoundException.class, () -> f.db.describeStream(DescribeStreamRequest.of(unknown)));
      assertThrows(ResourceNotFoundException.class, () -> f.db.describeStream(DescribeStreamRequest.of(arn.replace("table/Tbl/", "table/Ubl/"))));
      assertThrows(ValidationException.class, () -> f.db.describeStream(DescribeStreamRequest.of("arn:aws:dynamodb:nonsense")));
      assertThrows(ResourceNotFoundException.class, () -> f.iterator(arn, "shardId-00000000000000000000-00000000", ShardIteratorType.LATEST));
      assertThrows(ValidationException.class, () -> f.db.getShardIterator(GetShardIteratorRequest.of(arn, shard, ShardIteratorType.AT_SEQUENCE_NUMBER)),
          "AT_SEQUENCE_NUMBER needs a SequenceNumber");
      assertThrows(ValidationException.class, () -> f.db.getShardIterator(new GetShardIteratorRequest(arn, shard,
          ShardIteratorType.AT_SEQUENCE_NUMBER, "12345")));
    }
  }

  @Test
  void aSequenceNumberOfAnotherShardIsRefused() {
    try (StreamFixture f = new StreamFixture()) {
      String arn = f.table("Tbl", StreamViewType.KEYS_ONLY);
      for (int i = 0; i < 20; i++) f.db.putItem(PutItemRequest.of("Tbl", Map.of("pk", s("k" + i), "sk", n(i))));
      List<Shard> shards = f.shards(arn);
      Shard withRecords = shards.stream().filter(sh -> !f.readShard(arn, sh.shardId()).isEmpty()).findFirst().orElseThrow();
      String seq = f.readShard(arn, withRecords.shardId()).get(0).dynamodb().sequenceNumber();
      Shard other = shards.stream().filter(sh -> sh != withRecords).findFirst().orElseThrow();
      f.db.getShardIterator(new GetShardIteratorRequest(arn, withRecords.shardId(), ShardIteratorType.AT_SEQUENCE_NUMBER, seq));
      assertThrows(ValidationException.class, () -> f.db.getShardIterator(new GetShardIteratorRequest(arn, other.shardId(),
          ShardIteratorType.AT_SEQUENCE_NUMBER, seq)), "the record is in another partition's shard");
    }
  }

  @Test
  void streamSettingsThatMakeNoSenseAreRefused() {
    try (StreamFixture f = new StreamFixture()) {
      KeySchema key = KeySchema.of("pk", AttributeType.S);
      DynamoException noView = assertThrows(ValidationException.class, () -> f.db.createTable(CreateTableRequest.of("Tbl", key)
          .withStream(new StreamSpecification(true, null))));
      assertThrows(ResourceNotFoundException.class, () -> f.db.describeTable("Tbl"), "a refused CreateTable creates nothing: " + noView.getMessage());
      f.db.createTable(CreateTableRequest.of("Tbl", key));
      assertThrows(ValidationException.class, () -> f.db.updateTable(UpdateTableRequest.stream("Tbl", StreamSpecification.disabled())),
          "no stream to disable");
      f.db.updateTable(UpdateTableRequest.stream("Tbl", StreamSpecification.enabled(StreamViewType.NEW_IMAGE)));
      String label = f.db.describeTable("Tbl").latestStreamLabel();
      assertThrows(ValidationException.class, () -> f.db.updateTable(UpdateTableRequest.stream("Tbl",
          StreamSpecification.enabled(StreamViewType.KEYS_ONLY))), "already has an enabled stream");
      assertEquals(label, f.db.describeTable("Tbl").latestStreamLabel(), "the refused update changed nothing");
      assertEquals(StreamViewType.NEW_IMAGE, f.db.describeTable("Tbl").streamSpecification().streamViewType());
      f.db.putItem(PutItemRequest.of("Tbl", Map.of("pk", s("a"), "n", n(1))));
    }
  }
}
