package io.dynasql.federation.dynamo;

import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.ItemSizes;
import io.dynasql.pushdown.backend.BatchRead;
import io.dynasql.pushdown.backend.ReadPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * BatchGetItem of up to 100 keys of one table. Keys the service leaves unprocessed (it read
 * 16 MB, or throttled part of the batch) are asked again after an exponential backoff, as AWS
 * recommends (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchGetItem.html:
 * "we strongly recommend that you use an exponential backoff algorithm"); keys still unprocessed
 * after {@link #ATTEMPTS} calls go back to the runner, which asks for them again.
 */
final class BatchReader {
  /** Calls per batch before unprocessed keys are handed back. */
  static final int ATTEMPTS = 5;
  /** The first backoff; it doubles after each call that left keys. */
  static final long FIRST_BACKOFF_MS = 25;

  private final LongConsumer sleeper;

  /** A reader that waits with {@code sleeper} (milliseconds) between calls. */
  BatchReader(LongConsumer sleeper) {
    this.sleeper = sleeper;
  }

  /** A reader that waits with Thread.sleep. */
  static BatchReader sleeping() {
    return new BatchReader(ms -> {
      try {
        Thread.sleep(ms);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new io.dynasql.federation.SourceException(io.dynasql.calcite.SqlState.CANCELED.code(),
            "Interrupted while waiting to ask again for keys BatchGetItem left unprocessed");
      }
    });
  }

  ReadPage read(DynamoDbClient client, String table, BatchRead read) {
    List<Map<String, AttributeValue>> found = new ArrayList<>();
    List<Map<String, AttributeValue>> pending = read.keys();
    double units = 0;
    long backoff = FIRST_BACKOFF_MS;
    for (int attempt = 1; !pending.isEmpty() && attempt <= ATTEMPTS; attempt++) {
      if (attempt > 1) {
        sleeper.accept(backoff);
        backoff *= 2;
      }
      List<Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue>> keys = new ArrayList<>();
      for (Map<String, AttributeValue> k : pending) keys.add(SdkValues.toSdk(k));
      BatchGetItemResponse r = client.batchGetItem(b -> b.requestItems(Map.of(table,
          KeysAndAttributes.builder().keys(keys).consistentRead(read.consistent()).build()))
          .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES));
      found.addAll(SdkValues.fromSdkItems(r.responses().getOrDefault(table, List.of())));
      for (ConsumedCapacity c : r.consumedCapacity()) units += DynamoBackend.units(c);
      KeysAndAttributes left = r.unprocessedKeys().get(table);
      pending = new ArrayList<>();
      if (left != null) for (var k : left.keys()) pending.add(SdkValues.fromSdk(k));
    }
    long bytes = 0;
    for (Map<String, AttributeValue> item : found) bytes += ItemSizes.of(item);
    return new ReadPage(found, found.size(), found.size(), bytes, units, null, pending);
  }
}
