package io.dynasql.engine.ttl;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.DeleteItemRequest;
import io.dynasql.engine.api.DescribeStreamRequest;
import io.dynasql.engine.api.GetRecordsRequest;
import io.dynasql.engine.api.GetShardIteratorRequest;
import io.dynasql.engine.api.Identity;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.QueryRequest;
import io.dynasql.engine.api.SecondaryIndex;
import io.dynasql.engine.api.Shard;
import io.dynasql.engine.api.StreamEvent;
import io.dynasql.engine.api.StreamSpecification;
import io.dynasql.engine.api.TableDescription;
import io.dynasql.engine.api.TimeToLiveSpecification;
import io.dynasql.engine.api.UpdateTimeToLiveRequest;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.model.OperationType;
import io.dynasql.engine.model.ShardIteratorType;
import io.dynasql.engine.model.StreamViewType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A TTL deletion is a delete like a user's in its effects on indexes and streams, and unlike one
 * in who made it. Sources: "As items are deleted, they are removed from any local secondary index
 * and global secondary index immediately in the same eventually consistent way as a standard
 * delete operation"
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTimeToLive.html);
 * "Items that are deleted by the Time to Live process after expiration have the following fields:
 * Records[].userIdentity.type "Service", Records[].userIdentity.principalId
 * "dynamodb.amazonaws.com"" (DynamoDB Streams Record.userIdentity,
 * https://docs.aws.amazon.com/amazondynamodbstreams/latest/APIReference/API_streams_Record.html);
 * TTL deletions are identified in streams
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ttl-expired-items.html).
 */
class SweepIndexesAndStreamTest {
  private static final String TABLE = "Orders";

  @Test
  void aSweepCleansGlobalAndLocalIndexesInTheSameTransaction() {
    try (TtlFixture f = new TtlFixture()) {
      create(f, null);
      put(f, "alice", 1, f.epochPlus(10));
      put(f, "alice", 2, f.epochPlus(1000));
      f.clock.advance(Duration.ofSeconds(11));
      f.db.sweepExpiredItems();

      assertEquals(List.of(n(2)), sks(f.db.query(QueryRequest.builder(TABLE).index("ByStatus").keyCondition("st = :s")
          .values(Map.of(":s", s("NEW"))).build()).items()));
      assertEquals(List.of(n(2)), sks(f.db.query(QueryRequest.builder(TABLE).index("ByTotal").keyCondition("pk = :p")
          .values(Map.of(":p", s("alice"))).build()).items()));
      TableDescription d = f.db.describeTable(TABLE);
      assertEquals(1, d.itemCount());
      assertEquals(1, d.globalSecondaryIndexes().get(0).itemCount());
      assertEquals(1, d.localSecondaryIndexes().get(0).itemCount());
    }
  }

  @Test
  void aTtlDeletionIsAStreamRemoveMadeByTheDynamoDbService() {
    try (TtlFixture f = new TtlFixture()) {
      String arn = create(f, StreamSpecification.enabled(StreamViewType.NEW_AND_OLD_IMAGES));
      put(f, "alice", 1, f.epochPlus(10));
      put(f, "bob", 1, f.epochPlus(10));
      f.db.deleteItem(DeleteItemRequest.of(TABLE, TtlFixture.key("bob", 1)));
      f.clock.advance(Duration.ofSeconds(11));
      Map<String, AttributeValue> expired = f.get(TABLE, "alice", 1);
      f.db.sweepExpiredItems();

      List<StreamEvent> removes = records(f, arn).stream().filter(e -> e.eventName() == OperationType.REMOVE).toList();
      assertEquals(2, removes.size());
      StreamEvent user = removes.get(0);
      StreamEvent ttl = removes.get(1);
      assertNull(user.userIdentity(), "a user's delete names no identity");
      assertEquals(new Identity("dynamodb.amazonaws.com", "Service"), ttl.userIdentity());
      assertEquals("Service", ttl.userIdentity().type());
      assertEquals("dynamodb.amazonaws.com", ttl.userIdentity().principalId());
      assertEquals(TtlFixture.key("alice", 1), ttl.dynamodb().keys());
      assertEquals(expired, ttl.dynamodb().oldImage(), "the expired item, as it was");
      assertNull(ttl.dynamodb().newImage());
      assertEquals("aws:dynamodb", ttl.eventSource());
      assertEquals("1.1", ttl.eventVersion());
    }
  }

  /** Orders (pk S, sk N), a GSI on st and an LSI on total, TTL on expiresAt; the stream's ARN or null. */
  private static String create(TtlFixture f, StreamSpecification stream) {
    CreateTableRequest r = CreateTableRequest.of(TABLE, KeySchema.of("pk", AttributeType.S, "sk", AttributeType.N))
        .withGlobalIndexes(SecondaryIndex.all("ByStatus", KeySchema.of("st", AttributeType.S, "sk", AttributeType.N)))
        .withLocalIndexes(SecondaryIndex.all("ByTotal", KeySchema.of("pk", AttributeType.S, "total", AttributeType.N)));
    TableDescription d = f.db.createTable(stream == null ? r : r.withStream(stream));
    f.db.updateTimeToLive(UpdateTimeToLiveRequest.of(TABLE, TimeToLiveSpecification.enabled("expiresAt")));
    return d.latestStreamArn();
  }

  private static void put(TtlFixture f, String pk, long sk, long expiresAt) {
    f.db.putItem(PutItemRequest.of(TABLE, Map.of("pk", s(pk), "sk", n(sk), "st", s("NEW"), "total", n(sk * 10),
        "expiresAt", n(expiresAt))));
  }

  private static List<AttributeValue> sks(List<Map<String, AttributeValue>> items) {
    return items.stream().map(i -> i.get("sk")).toList();
  }

  private static List<StreamEvent> records(TtlFixture f, String arn) {
    List<StreamEvent> out = new ArrayList<>();
    for (Shard shard : f.db.describeStream(DescribeStreamRequest.of(arn)).shards()) {
      String it = f.db.getShardIterator(GetShardIteratorRequest.of(arn, shard.shardId(), ShardIteratorType.TRIM_HORIZON))
          .shardIterator();
      out.addAll(f.db.getRecords(GetRecordsRequest.of(it)).records());
    }
    out.sort(Comparator.comparing(e -> e.dynamodb().sequenceNumber()));
    return out;
  }
}
