package io.dynasql.engine;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.DescribeStreamRequest;
import io.dynasql.engine.api.Expr;
import io.dynasql.engine.api.GetRecordsRequest;
import io.dynasql.engine.api.GetShardIteratorRequest;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.Shard;
import io.dynasql.engine.api.StreamEvent;
import io.dynasql.engine.api.StreamSpecification;
import io.dynasql.engine.api.TableDescription;
import io.dynasql.engine.api.UpdateItemRequest;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.model.OperationType;
import io.dynasql.engine.model.ShardIteratorType;
import io.dynasql.engine.model.StreamViewType;
import io.dynasql.engine.time.SimulatedClock;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docs/streams.md's example, run; and a check that the page shows exactly this code, so the docs
 * cannot drift from what runs. Semantics: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.html
 */
class StreamsDocExampleTest {
  private static final Path DOC = Path.of("..", "docs", "streams.md");
  private static final Path SELF = Path.of("src", "test", "java", "io", "dynasql", "engine", "StreamsDocExampleTest.java");

  @Test
  void theStreamsExampleRuns() {
    List<StreamEvent> seen;
    // example start
    SimulatedClock clock = SimulatedClock.atFixedStart();
    try (Database db = Database.temporary(clock)) {
      TableDescription orders = db.createTable(CreateTableRequest.of("Orders",
              KeySchema.of("customer", AttributeType.S, "orderId", AttributeType.N))
          .withStream(StreamSpecification.enabled(StreamViewType.NEW_AND_OLD_IMAGES)));
      String arn = orders.latestStreamArn();

      db.putItem(PutItemRequest.of("Orders", Map.of("customer", s("alice"), "orderId", n(1), "status", s("NEW"))));
      db.updateItem(UpdateItemRequest.of("Orders", Map.of("customer", s("alice"), "orderId", n(1)),
          "SET #st = :paid", Expr.names(Map.of("#st", "status")).withValues(Map.of(":paid", s("PAID")))));

      List<StreamEvent> changes = new ArrayList<>();
      for (Shard shard : db.describeStream(DescribeStreamRequest.of(arn)).shards()) {
        String it = db.getShardIterator(GetShardIteratorRequest.of(arn, shard.shardId(), ShardIteratorType.TRIM_HORIZON))
            .shardIterator();
        changes.addAll(db.getRecords(GetRecordsRequest.of(it)).records());
      }
      // changes: an INSERT, then a MODIFY whose OldImage has status NEW and whose NewImage has PAID
      // example end
      seen = changes;
    }
    assertEquals(List.of(OperationType.INSERT, OperationType.MODIFY), seen.stream().map(StreamEvent::eventName).toList());
    assertEquals(s("NEW"), seen.get(1).dynamodb().oldImage().get("status"));
    assertEquals(s("PAID"), seen.get(1).dynamodb().newImage().get("status"));
  }

  @Test
  void thePageShowsTheCodeThatRuns() throws IOException {
    DocExamples.assertPageShowsExample(DOC, SELF);
  }
}
