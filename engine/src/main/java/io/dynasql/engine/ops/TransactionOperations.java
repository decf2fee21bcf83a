package io.dynasql.engine.ops;

import io.dynasql.engine.api.ConsumedCapacity;
import io.dynasql.engine.api.TransactGet;
import io.dynasql.engine.api.TransactGetItemsResponse;
import io.dynasql.engine.api.TransactWriteItem;
import io.dynasql.engine.api.TransactWriteItemsRequest;
import io.dynasql.engine.api.TransactWriteItemsResponse;
import io.dynasql.engine.capacity.CapacityRules;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.codec.ItemSize;
import io.dynasql.engine.error.CancellationReason;
import io.dynasql.engine.error.ConditionalCheckFailedException;
import io.dynasql.engine.error.TransactionCanceledException;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.AttributeValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agrona.DirectBuffer;
import org.lmdbjava.Txn;

/**
 * TransactGetItems (one snapshot) and TransactWriteItems (all or nothing, in one writer task:
 * every condition is checked and every new item computed before the first write; any failure
 * cancels the whole transaction with one reason per action, in request order).
 */
public final class TransactionOperations {
  static final int MAX_ACTIONS = 100;
  /** Aggregate size of the items in one transaction. */
  static final long MAX_BYTES = 4L * 1024 * 1024;

  private final Engine engine;
  private final ItemWrites writes;
  private final IdempotencyTokens tokens = new IdempotencyTokens();

  public TransactionOperations(Engine engine) {
    this.engine = engine;
    this.writes = new ItemWrites(engine);
  }

  public TransactGetItemsResponse transactGetItems(List<TransactGet> gets) {
    checkCount(gets.size());
    List<Compiled.Projection> projections = new ArrayList<>();
    for (TransactGet g : gets) {
      Names.checkTable(g.tableName());
      RequestExpressions ex = RequestExpressions.of(g.names(), null);
      projections.add(ex.projection(g.projectionExpression()));
      ex.checkAllUsed();
    }
    return engine.store().read(txn -> {
      List<Map<String, AttributeValue>> items = new ArrayList<>();
      Map<String, ConsumedCapacity> byTable = new LinkedHashMap<>();
      for (int i = 0; i < gets.size(); i++) {
        TransactGet g = gets.get(i);
        TableDescriptor t = engine.catalog().table(txn, g.tableName());
        ItemValidator.checkKey(t, g.key());
        Map<String, AttributeValue> item = engine.items().get(txn, t, g.key());
        items.add(item == null ? null : Compiled.project(projections.get(i), item));
        double units = CapacityRules.transactionalReadUnits(item == null ? 0 : ItemSize.of(item));
        byTable.merge(t.name(), CapacityBuilder.reads(t, null, units), ConsumedCapacity::plus);
      }
      return new TransactGetItemsResponse(items, new ArrayList<>(byTable.values()));
    });
  }

  public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest r) {
    checkCount(r.transactItems().size());
    TransactWriteItemsResponse earlier = tokens.lookup(r);
    if (earlier != null) return earlier;
    List<ItemWrites.Write> prepared = new ArrayList<>();
    Set<String> targets = new HashSet<>();
    long bytes = 0;
    for (TransactWriteItem a : r.transactItems()) {
      ItemWrites.Write w = prepare(a);
      bytes += w.item() == null ? 0 : ItemSize.of(w.item());
      if (bytes > MAX_BYTES) {
        throw new ValidationException("Transaction request size has exceeded the maximum allowed size of 4 MB (items of "
            + bytes + " bytes so far, at table " + w.table().name() + ")");
      }
      if (!targets.add(w.table().name() + "\u0000" + w.key())) {
        throw new ValidationException("Transaction request cannot include multiple operations on one item (table "
            + w.table().name() + ", key " + w.key() + ")");
      }
      prepared.add(w);
    }
    TransactWriteItemsResponse response = engine.writer().submit(txn -> run(txn, prepared));
    tokens.remember(r, response);
    return response;
  }

  private ItemWrites.Write prepare(TransactWriteItem a) {
    if (a instanceof TransactWriteItem.Put p) {
      var q = p.request();
      return writes.preparePut(q.tableName(), q.item(), q.conditionExpression(), q.expr(), q.returnOldOnConditionFailure(), true);
    } else if (a instanceof TransactWriteItem.Update u) {
      var q = u.request();
      return writes.prepareUpdate(q.tableName(), q.key(), q.updateExpression(), q.conditionExpression(), q.expr(), q.returnOldOnConditionFailure(), true);
    } else if (a instanceof TransactWriteItem.Delete d) {
      var q = d.request();
      return writes.prepareDelete(q.tableName(), q.key(), q.conditionExpression(), q.expr(), q.returnOldOnConditionFailure(), true);
    }
    var q = ((TransactWriteItem.Check) a).request();
    return writes.prepareCheck(q.tableName(), q.key(), q.conditionExpression(), q.expr(), q.returnOldOnConditionFailure());
  }

  private TransactWriteItemsResponse run(Txn<DirectBuffer> txn, List<ItemWrites.Write> prepared) {
    List<Map<String, AttributeValue>> olds = new ArrayList<>();
    List<ItemWrites.Write> ready = new ArrayList<>();
    List<CancellationReason> reasons = new ArrayList<>();
    boolean failed = false;
    for (ItemWrites.Write w : prepared) {
      Map<String, AttributeValue> old = writes.current(txn, w);
      olds.add(old);
      try {
        writes.check(w, old);
        ready.add(writes.resolve(w, old));
        reasons.add(CancellationReason.NONE);
      } catch (ConditionalCheckFailedException e) {
        failed = true;
        ready.add(w);
        reasons.add(new CancellationReason("ConditionalCheckFailed", "The conditional request failed", e.item().orElse(null)));
      } catch (ValidationException e) {
        failed = true;
        ready.add(w);
        reasons.add(new CancellationReason("ValidationError", e.getMessage(), null));
      }
    }
    if (failed) throw new TransactionCanceledException(reasons);
    Map<String, ConsumedCapacity> byTable = new LinkedHashMap<>();
    for (int i = 0; i < ready.size(); i++) {
      ConsumedCapacity cc = writes.write(txn, ready.get(i), olds.get(i)).capacity();
      byTable.merge(cc.tableName(), cc, ConsumedCapacity::plus);
    }
    return new TransactWriteItemsResponse(new ArrayList<>(byTable.values()));
  }

  private static void checkCount(int n) {
    if (n < 1 || n > MAX_ACTIONS) {
      throw new ValidationException("1 validation error detected: Value of 'transactItems' failed to satisfy constraint: Member must have length between 1 and "
          + MAX_ACTIONS + " (got " + n + ")");
    }
  }
}
