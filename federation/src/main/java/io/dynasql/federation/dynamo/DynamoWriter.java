package io.dynasql.federation.dynamo;

import io.dynasql.calcite.dml.SourceKeyCheck;
import io.dynasql.calcite.dml.SourceWrite;
import io.dynasql.calcite.dml.SourceWriteResult;
import io.dynasql.engine.api.TransactWriteItem;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.pushdown.backend.BatchRead;
import io.dynasql.pushdown.backend.ReadPage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * A DynamoDB source table's writes through the AWS SDK: each {@link SourceWrite} as the calls it
 * names, asking for ConsumedCapacity (INDEXES) so that the label carries the units the service
 * reported. A failed condition is an outcome (the action skipped, or the transaction canceled with
 * that reason); every other refusal is the service's error, named by {@link DynamoErrors}.
 */
final class DynamoWriter {
  /** BatchGetItem calls in a row that may leave every key unprocessed before the check gives up. */
  static final int STALLED_CALLS = 3;

  private final DynamoDbClient client;
  private final String source;
  private final String table;
  private final BatchWriter batches;
  private final BatchReader reads;

  DynamoWriter(DynamoDbClient client, String source, String table, BatchWriter batches, BatchReader reads) {
    this.client = client;
    this.source = source;
    this.table = table;
    this.batches = batches;
    this.reads = reads;
  }

  SourceWriteResult write(SourceWrite w) {
    long start = System.nanoTime();
    Units units = new Units();
    Set<Integer> failed = new HashSet<>();
    long calls;
    if (w instanceof SourceWrite.Each) {
      List<TransactWriteItem> actions = w.actions();
      for (int i = 0; i < actions.size(); i++) {
        if (!one(actions.get(i), units)) failed.add(i);
      }
      calls = actions.size();
    } else if (w instanceof SourceWrite.Transaction) {
      failed.addAll(transaction(w.actions(), units));
      calls = 1;
    } else {
      calls = call("BatchWriteItem", () -> batches.write(client, table, w.actions(), units));
    }
    return new SourceWriteResult(failed, units.table, units.indexes, calls, (System.nanoTime() - start) / 1_000_000);
  }

  /** One PutItem / UpdateItem / DeleteItem; false when its condition failed (nothing written). */
  private boolean one(TransactWriteItem a, Units units) {
    String operation = a instanceof TransactWriteItem.Put ? "PutItem" : a instanceof TransactWriteItem.Update ? "UpdateItem" : "DeleteItem";
    return call(operation, () -> {
      try {
        if (a instanceof TransactWriteItem.Put p) {
          units.add(client.putItem(SdkWrites.put(p.request()).toBuilder()
              .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES).build()).consumedCapacity());
        } else if (a instanceof TransactWriteItem.Update u) {
          units.add(client.updateItem(SdkWrites.update(u.request()).toBuilder()
              .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES).build()).consumedCapacity());
        } else {
          units.add(client.deleteItem(SdkWrites.delete(((TransactWriteItem.Delete) a).request()).toBuilder()
              .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES).build()).consumedCapacity());
        }
        return true;
      } catch (ConditionalCheckFailedException e) {
        return false;
      }
    });
  }

  /** One TransactWriteItems; the positions whose condition failed when the service canceled it for that. */
  private List<Integer> transaction(List<TransactWriteItem> actions, Units units) {
    return call("TransactWriteItems", () -> {
      try {
        var r = client.transactWriteItems(b -> b.transactItems(SdkWrites.transactItems(actions))
            .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES));
        for (ConsumedCapacity c : r.consumedCapacity()) units.add(c);
        return List.of();
      } catch (TransactionCanceledException e) {
        List<Integer> failed = new ArrayList<>();
        List<CancellationReason> reasons = e.hasCancellationReasons() ? e.cancellationReasons() : List.of();
        for (int i = 0; i < reasons.size(); i++) {
          if ("ConditionalCheckFailed".equals(reasons.get(i).code())) failed.add(i);
        }
        if (failed.isEmpty()) throw e; // canceled for another reason (a conflict, throttling): the service's error
        return failed;
      }
    });
  }

  /** Which of {@code keys} name an item: BatchGetItem of 100 keys a call, unprocessed keys asked again. */
  SourceKeyCheck existing(List<Map<String, AttributeValue>> keys) {
    long start = System.nanoTime();
    List<Map<String, AttributeValue>> found = new ArrayList<>();
    double units = 0;
    long calls = 0;
    List<Map<String, AttributeValue>> pending = new ArrayList<>(keys);
    int stalled = 0;
    while (!pending.isEmpty()) {
      List<Map<String, AttributeValue>> chunk = new ArrayList<>(pending.subList(0, Math.min(BatchRead.MAX_KEYS, pending.size())));
      pending = new ArrayList<>(pending.subList(chunk.size(), pending.size()));
      ReadPage page = call("BatchGetItem", () -> reads.read(client, table, new BatchRead(chunk, true, null)));
      calls++;
      found.addAll(page.items());
      units += page.readUnits();
      // BatchReader already asked again with backoff; a chunk the service keeps refusing whole is throttling
      stalled = page.unprocessedKeys().size() == chunk.size() ? stalled + 1 : 0;
      if (stalled == STALLED_CALLS) {
        throw new io.dynasql.federation.SourceException(io.dynasql.calcite.SqlState.SERIALIZATION_FAILURE.code(), "Source " + source
            + ", BatchGetItem on " + table + ": the service left the same keys unprocessed " + STALLED_CALLS + " times; nothing was written");
      }
      pending.addAll(page.unprocessedKeys());
    }
    return new SourceKeyCheck(found, units, calls, (System.nanoTime() - start) / 1_000_000);
  }

  private <T> T call(String operation, Supplier<T> request) {
    try {
      return request.get();
    } catch (SdkException e) {
      throw DynamoErrors.of(e, source, operation + " on " + table, DynamoErrors.Phase.QUERY);
    }
  }

  /** The write units the service reported, the table's and each index's. */
  static final class Units {
    double table;
    final Map<String, Double> indexes = new HashMap<>();

    void add(ConsumedCapacity c) {
      if (c == null) return;
      double indexTotal = 0;
      if (c.hasGlobalSecondaryIndexes()) {
        for (var e : c.globalSecondaryIndexes().entrySet()) indexTotal += index(e.getKey(), e.getValue());
      }
      if (c.hasLocalSecondaryIndexes()) {
        for (var e : c.localSecondaryIndexes().entrySet()) indexTotal += index(e.getKey(), e.getValue());
      }
      if (c.table() != null && c.table().capacityUnits() != null) table += c.table().capacityUnits();
      else if (c.capacityUnits() != null) table += c.capacityUnits() - indexTotal; // the total, less what the indexes took
    }

    private double index(String name, software.amazon.awssdk.services.dynamodb.model.Capacity c) {
      double u = c.capacityUnits() == null ? 0 : c.capacityUnits();
      indexes.merge(name, u, Double::sum);
      return u;
    }
  }
}
