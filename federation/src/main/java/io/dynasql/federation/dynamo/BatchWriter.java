package io.dynasql.federation.dynamo;

import io.dynasql.calcite.SqlState;
import io.dynasql.engine.api.TransactWriteItem;
import io.dynasql.federation.SourceException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Puts of one table as BatchWriteItem calls of {@link #MAX_ITEMS}. Items the service leaves
 * unprocessed are sent again after an exponential backoff, as AWS recommends
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchWriteItem.html: "we
 * strongly recommend that you use an exponential backoff algorithm"); items still unprocessed
 * after {@link #ATTEMPTS} calls fail the statement with 40001, the items written so far staying
 * written (BatchWriteItem is not atomic).
 */
final class BatchWriter {
  /** BatchWriteItem's limit of items per call. */
  static final int MAX_ITEMS = 25;
  /** Calls per chunk before unprocessed items fail the statement. */
  static final int ATTEMPTS = 8;
  /** The first backoff; it doubles after each call that left items. */
  static final long FIRST_BACKOFF_MS = 25;

  private final LongConsumer sleeper;

  /** A writer that waits with {@code sleeper} (milliseconds) between calls. */
  BatchWriter(LongConsumer sleeper) {
    this.sleeper = sleeper;
  }

  /** A writer that waits with Thread.sleep. */
  static BatchWriter sleeping() {
    return new BatchWriter(ms -> {
      try {
        Thread.sleep(ms);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SourceException(SqlState.CANCELED.code(), "Interrupted while waiting to send again items BatchWriteItem left unprocessed");
      }
    });
  }

  /** Writes {@code puts}, adding the units the service reported to {@code units}; returns the calls made. */
  long write(DynamoDbClient client, String table, List<TransactWriteItem> puts, DynamoWriter.Units units) {
    long calls = 0;
    for (int from = 0; from < puts.size(); from += MAX_ITEMS) {
      List<WriteRequest> pending = new ArrayList<>();
      for (TransactWriteItem p : puts.subList(from, Math.min(puts.size(), from + MAX_ITEMS))) {
        var item = SdkValues.toSdk(((TransactWriteItem.Put) p).request().item());
        pending.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
      }
      long backoff = FIRST_BACKOFF_MS;
      for (int attempt = 1; !pending.isEmpty(); attempt++) {
        if (attempt > ATTEMPTS) {
          throw new SourceException(SqlState.SERIALIZATION_FAILURE.code(), "Table " + table + ": BatchWriteItem left "
              + pending.size() + " items unprocessed after " + ATTEMPTS + " calls; the " + from + " items before them are written"
              + " (BatchWriteItem is not atomic)");
        }
        if (attempt > 1) {
          sleeper.accept(backoff);
          backoff *= 2;
        }
        List<WriteRequest> sent = pending;
        BatchWriteItemResponse r = client.batchWriteItem(b -> b.requestItems(Map.of(table, sent))
            .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES));
        calls++;
        for (ConsumedCapacity c : r.consumedCapacity()) units.add(c);
        pending = r.hasUnprocessedItems() ? new ArrayList<>(r.unprocessedItems().getOrDefault(table, List.of())) : List.of();
      }
    }
    return calls;
  }
}
