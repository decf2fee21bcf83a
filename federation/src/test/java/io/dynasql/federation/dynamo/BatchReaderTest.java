package io.dynasql.federation.dynamo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynasql.engine.model.AttributeValue;
import io.dynasql.pushdown.backend.BatchRead;
import io.dynasql.pushdown.backend.ReadPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * Unprocessed keys asked again after a doubling backoff
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchGetItem.html). moto never
 * leaves keys unprocessed, so an endpoint that does is played here by a client answering as the
 * page describes: the keys it read, and the others under UnprocessedKeys.
 */
class BatchReaderTest {
  /** Answers each call by reading at most {@code perCall} of the keys asked, one unit per item. */
  private static DynamoDbClient endpoint(int perCall, List<Integer> calls) {
    return new DynamoDbClient() {
      @Override
      public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
        List<Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue>> keys = request.requestItems().get("T").keys();
        calls.add(keys.size());
        int read = Math.min(perCall, keys.size());
        var b = BatchGetItemResponse.builder().responses(Map.of("T", keys.subList(0, read)))
            .consumedCapacity(ConsumedCapacity.builder().tableName("T").capacityUnits((double) read).build());
        if (read < keys.size()) {
          b.unprocessedKeys(Map.of("T", KeysAndAttributes.builder().keys(keys.subList(read, keys.size())).build()));
        }
        return b.build();
      }

      @Override
      public String serviceName() {
        return "dynamodb";
      }

      @Override
      public void close() {
      }
    };
  }

  private static BatchRead keys(int n) {
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    for (int i = 0; i < n; i++) keys.add(Map.of("id", AttributeValue.s("k" + i)));
    return new BatchRead(keys, false, null);
  }

  @Test
  void unprocessedKeysAreAskedAgainAfterADoublingBackoff() {
    List<Integer> calls = new ArrayList<>();
    List<Long> waits = new ArrayList<>();
    ReadPage page = new BatchReader(waits::add).read(endpoint(2, calls), "T", keys(5));
    assertEquals(5, page.items().size());
    assertEquals(List.of(), page.unprocessedKeys());
    assertEquals(List.of(5, 3, 1), calls);
    assertEquals(List.of(25L, 50L), waits);
    assertEquals(5.0, page.readUnits()); // the units of every call
  }

  @Test
  void keysStillUnprocessedAfterFiveCallsGoBackToTheRunner() {
    List<Integer> calls = new ArrayList<>();
    List<Long> waits = new ArrayList<>();
    ReadPage page = new BatchReader(waits::add).read(endpoint(1, calls), "T", keys(8));
    assertEquals(5, page.items().size());
    assertEquals(List.of(Map.of("id", AttributeValue.s("k5")), Map.of("id", AttributeValue.s("k6")),
        Map.of("id", AttributeValue.s("k7"))), page.unprocessedKeys());
    assertEquals(List.of(25L, 50L, 100L, 200L), waits);
  }
}
