package io.dynasql.engine.ops;

import io.dynasql.engine.api.BatchGetItemResponse;
import io.dynasql.engine.api.BatchWriteItemResponse;
import io.dynasql.engine.api.ConsumedCapacity;
import io.dynasql.engine.api.Expr;
import io.dynasql.engine.api.KeysAndAttributes;
import io.dynasql.engine.api.WriteRequest;
import io.dynasql.engine.capacity.CapacityRules;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.codec.ItemSize;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.AttributeValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * BatchGetItem (up to 100 keys, read in one snapshot, each item charged on its own) and
 * BatchWriteItem (up to 25 puts and deletes, applied together in one commit). Nothing is ever
 * throttled here, so the unprocessed parts are always empty.
 */
public final class BatchOperations {
  static final int MAX_GET_KEYS = 100;
  static final int MAX_WRITES = 25;
  /** Most item data one BatchGetItem returns; the rest comes back as UnprocessedKeys. */
  static final long MAX_RESPONSE_BYTES = 16L * 1024 * 1024;

  private final Engine engine;
  private final ItemWrites writes;

  public BatchOperations(Engine engine) {
    this.engine = engine;
    this.writes = new ItemWrites(engine);
  }

  public BatchGetItemResponse batchGetItem(Map<String, KeysAndAttributes> request) {
    return batchGetItem(request, null);
  }

  /** BatchGetItem recording each key read and its version in {@code readSet} (when not null). */
  public BatchGetItemResponse batchGetItem(Map<String, KeysAndAttributes> request, io.dynasql.engine.api.ReadSet readSet) {
    int total = request.values().stream().mapToInt(k -> k.keys().size()).sum();
    if (total > MAX_GET_KEYS) {
      throw new ValidationException("Too many items requested for the BatchGetItem call: " + total + " keys, limit " + MAX_GET_KEYS);
    }
    if (request.isEmpty()) throw new ValidationException("BatchGetItem needs at least one table in RequestItems");
    Map<String, Compiled.Projection> projections = new LinkedHashMap<>();
    for (Map.Entry<String, KeysAndAttributes> e : request.entrySet()) {
      Names.checkTable(e.getKey());
      if (e.getValue().keys().isEmpty()) throw new ValidationException("Keys of table " + e.getKey() + " must not be empty");
      RequestExpressions ex = RequestExpressions.of(e.getValue().names(), null);
      projections.put(e.getKey(), ex.projection(e.getValue().projectionExpression()));
      ex.checkAllUsed();
      if (new HashSet<>(e.getValue().keys()).size() != e.getValue().keys().size()) {
        throw new ValidationException("Provided list of item keys contains duplicates (table " + e.getKey() + ")");
      }
    }
    return engine.store().read(txn -> {
      Map<String, List<Map<String, AttributeValue>>> found = new LinkedHashMap<>();
      Map<String, KeysAndAttributes> unprocessed = new LinkedHashMap<>();
      List<ConsumedCapacity> capacity = new ArrayList<>();
      long responseBytes = 0;
      for (Map.Entry<String, KeysAndAttributes> e : request.entrySet()) {
        TableDescriptor t = engine.catalog().table(txn, e.getKey());
        KeysAndAttributes ask = e.getValue();
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        List<Map<String, AttributeValue>> later = new ArrayList<>();
        double units = 0;
        for (Map<String, AttributeValue> key : ask.keys()) {
          ItemValidator.checkKey(t, key);
          if (responseBytes >= MAX_RESPONSE_BYTES) {
            later.add(key); // past 16 MB the rest waits for the caller's next call, as in DynamoDB
            continue;
          }
          io.dynasql.engine.codec.SizedItem sized = engine.items().getSized(txn, t, key);
          if (readSet != null) {
            readSet.record(t.name(), t.keySchema().keyOf(key), sized == null ? io.dynasql.engine.api.ReadSet.ABSENT : sized.version());
          }
          Map<String, AttributeValue> item = sized == null ? null : sized.item();
          int size = sized == null ? 0 : sized.size();
          responseBytes += size;
          units += CapacityRules.readUnits(size, ask.consistentRead());
          if (item != null) items.add(Compiled.project(projections.get(e.getKey()), item));
        }
        found.put(t.name(), items);
        if (!later.isEmpty()) {
          unprocessed.put(t.name(), new KeysAndAttributes(later, ask.consistentRead(), ask.projectionExpression(), ask.names()));
        }
        capacity.add(CapacityBuilder.reads(t, null, units));
      }
      return new BatchGetItemResponse(found, unprocessed, capacity);
    });
  }

  public BatchWriteItemResponse batchWriteItem(Map<String, List<WriteRequest>> request) {
    int total = request.values().stream().mapToInt(List::size).sum();
    if (total > MAX_WRITES) {
      throw new ValidationException("Too many items requested for the BatchWriteItem call: " + total + " requests, limit " + MAX_WRITES);
    }
    if (total == 0) throw new ValidationException("BatchWriteItem needs at least one request in RequestItems");
    List<ItemWrites.Write> prepared = new ArrayList<>();
    for (Map.Entry<String, List<WriteRequest>> e : request.entrySet()) {
      TableDescriptor t = writes.table(e.getKey()); // once per table, not per item
      Set<Map<String, AttributeValue>> keys = new HashSet<>();
      for (WriteRequest w : e.getValue()) {
        if ((w.putItem() == null) == (w.deleteKey() == null)) {
          throw new ValidationException("A WriteRequest needs exactly one of PutRequest or DeleteRequest (table " + e.getKey() + ")");
        }
        ItemWrites.Write p = w.putItem() != null
            ? writes.preparePut(t, w.putItem(), null, Expr.NONE, false, false)
            : writes.prepareDelete(t, w.deleteKey(), null, Expr.NONE, false, false);
        if (!keys.add(p.key())) {
          throw new ValidationException("Provided list of item keys contains duplicates (table " + e.getKey() + ")");
        }
        prepared.add(p);
      }
    }
    List<ConsumedCapacity> capacity = engine.writer().submit(txn -> {
      Map<String, ConsumedCapacity> byTable = new LinkedHashMap<>();
      Map<String, TableDescriptor> tables = new HashMap<>(); // looked up once per table, not per item
      for (ItemWrites.Write w : prepared) {
        TableDescriptor now = tables.computeIfAbsent(w.table().name(), n -> engine.catalog().table(txn, n));
        ConsumedCapacity cc = writes.apply(txn, w, now).capacity();
        byTable.merge(cc.tableName(), cc, ConsumedCapacity::plus);
      }
      return new ArrayList<>(byTable.values());
    });
    return new BatchWriteItemResponse(Map.of(), capacity);
  }
}
