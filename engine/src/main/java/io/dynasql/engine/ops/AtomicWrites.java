package io.dynasql.engine.ops;

import io.dynasql.engine.api.AtomicWriteResponse;
import io.dynasql.engine.api.Capacity;
import io.dynasql.engine.api.ConsumedCapacity;
import io.dynasql.engine.api.ReadSet;
import io.dynasql.engine.api.TransactWriteItem;
import io.dynasql.engine.codec.ItemSize;
import io.dynasql.engine.error.CancellationReason;
import io.dynasql.engine.error.ConditionalCheckFailedException;
import io.dynasql.engine.error.TransactionCanceledException;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.store.GroupCommitter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.agrona.DirectBuffer;
import org.lmdbjava.Txn;

/**
 * The all-or-nothing run shared by TransactWriteItems and the SQL layer's atomic writes: every
 * action is prepared on the caller's thread, then one writer task checks every condition and
 * computes every new item before the first write; any failure cancels the whole write with one
 * reason per action, in order. Size and count limits belong to the callers, not to this run.
 */
final class AtomicWrites {
  private final Engine engine;
  private final ItemWrites writes;

  AtomicWrites(Engine engine) {
    this.engine = engine;
    this.writes = new ItemWrites(engine);
  }

  /** Validates and compiles the actions; rejects two actions on one item. */
  List<ItemWrites.Write> prepare(List<TransactWriteItem> actions, boolean transactional) {
    List<ItemWrites.Write> prepared = new ArrayList<>(actions.size());
    SharedPreparation shared = new SharedPreparation(writes);
    for (TransactWriteItem a : actions) {
      ItemWrites.Write w = prepare(a, transactional, shared);
      if (!shared.firstOn(w.table(), w.key())) {
        throw new ValidationException("Transaction request cannot include multiple operations on one item (table "
            + w.table().name() + ", key " + w.key() + ")");
      }
      prepared.add(w);
    }
    return prepared;
  }

  private ItemWrites.Write prepare(TransactWriteItem a, boolean transactional, SharedPreparation shared) {
    if (a instanceof TransactWriteItem.Put p) {
      var q = p.request();
      return writes.preparePut(shared.table(q.tableName()), q.item(), q.conditionExpression(), q.expr(),
          q.returnOldOnConditionFailure(), transactional, shared);
    } else if (a instanceof TransactWriteItem.Update u) {
      var q = u.request();
      return writes.prepareUpdate(q.tableName(), q.key(), q.updateExpression(), q.conditionExpression(), q.expr(), q.returnOldOnConditionFailure(), transactional);
    } else if (a instanceof TransactWriteItem.Delete d) {
      var q = d.request();
      return writes.prepareDelete(shared.table(q.tableName()), q.key(), q.conditionExpression(), q.expr(),
          q.returnOldOnConditionFailure(), transactional, shared);
    }
    var q = ((TransactWriteItem.Check) a).request();
    return writes.prepareCheck(q.tableName(), q.key(), q.conditionExpression(), q.expr(), q.returnOldOnConditionFailure());
  }

  /**
   * The item {@code action} leaves when applied to {@code current} (null: no item), or null when
   * it deletes it: its condition checked (ConditionalCheckFailedException), the new item
   * validated, nothing read or written. A transaction of the SQL layer keeps what its statements
   * would write this way, so its own later reads see it.
   */
  Map<String, AttributeValue> preview(TransactWriteItem action, Map<String, AttributeValue> current) {
    ItemWrites.Write w = prepare(action, false, new SharedPreparation(writes));
    writes.check(w, current);
    return switch (w.kind()) {
      case DELETE -> null;
      case CHECK -> current;
      default -> writes.resolve(w, current).item();
    };
  }

  /** Runs prepared actions as one writer task; with {@code skipFailed}, false conditions leave their action out. */
  AtomicWriteResponse run(List<ItemWrites.Write> prepared, boolean skipFailed) {
    return run(prepared, skipFailed, null);
  }

  /** The same, first checking that every item in {@code expected} (when not null) has the version read. */
  AtomicWriteResponse run(List<ItemWrites.Write> prepared, boolean skipFailed, ReadSet expected) {
    return GroupCommitter.await(submit(prepared, skipFailed, expected, false));
  }

  /** Queues the same run without waiting for it; {@code moreFollows}: another piece will share the commit. */
  CompletableFuture<AtomicWriteResponse> submit(List<ItemWrites.Write> prepared, boolean skipFailed, ReadSet expected,
      boolean moreFollows) {
    if (prepared.isEmpty() && expected == null) return CompletableFuture.completedFuture(new AtomicWriteResponse(0, 0, 0, List.of()));
    return engine.writer().submitAsync(txn -> {
      if (expected != null) new ReadValidation(engine).check(txn, expected);
      return run(txn, prepared, skipFailed);
    }, moreFollows);
  }

  private AtomicWriteResponse run(Txn<DirectBuffer> txn, List<ItemWrites.Write> prepared, boolean skipFailed) {
    if (IndependentPuts.apply(prepared, skipFailed)) return IndependentPuts.run(writes, txn, prepared);
    List<Map<String, AttributeValue>> olds = new ArrayList<>();
    List<ItemWrites.Write> ready = new ArrayList<>();
    List<CancellationReason> reasons = new ArrayList<>();
    Map<String, ConsumedCapacity> byTable = new LinkedHashMap<>();
    boolean failed = false;
    List<Integer> skipped = new ArrayList<>();
    for (ItemWrites.Write w : prepared) {
      Map<String, AttributeValue> old = writes.current(txn, w);
      olds.add(old);
      ItemWrites.Write resolved = null;
      CancellationReason reason = CancellationReason.NONE;
      try {
        writes.check(w, old);
        resolved = writes.resolve(w, old);
      } catch (ConditionalCheckFailedException e) {
        if (skipFailed) {
          skipped.add(ready.size()); // this action's position: one entry per action so far
          e.consumedCapacity().ifPresent(cc -> byTable.merge(cc.tableName(), cc, ConsumedCapacity::plus));
        } else {
          failed = true;
          reason = new CancellationReason("ConditionalCheckFailed", "The conditional request failed", e.item().orElse(null));
        }
      } catch (ValidationException e) {
        failed = true;
        reason = new CancellationReason("ValidationError", e.getMessage(), null);
      }
      ready.add(resolved);
      reasons.add(reason);
    }
    if (failed) throw new TransactionCanceledException(reasons);
    engine.changes().takeViewUnits(); // left by earlier writes (single-item API calls): not this one's
    long bytes = 0;
    for (int i = 0; i < ready.size(); i++) {
      ItemWrites.Write w = ready.get(i);
      if (w == null) continue;
      ItemWrites.Result r = writes.write(txn, w, olds.get(i));
      byTable.merge(r.capacity().tableName(), r.capacity(), ConsumedCapacity::plus);
      if (w.kind() != ItemWrites.Kind.CHECK) bytes += Math.max(size(r.oldItem()), size(r.newItem()));
    }
    // the materialized views' group items written, each one write of its size, at the plain rate:
    // on DynamoDB a stream consumer's UpdateItem keeps them, outside the base write's transaction
    engine.changes().takeViewUnits().forEach((view, units) ->
        byTable.merge(view, ConsumedCapacity.ofTable(view, new Capacity(0, units)), ConsumedCapacity::plus));
    return new AtomicWriteResponse(prepared.size() - skipped.size(), skipped.size(), bytes,
        new ArrayList<>(byTable.values()), skipped);
  }

  private static int size(Map<String, AttributeValue> item) {
    return item == null ? 0 : ItemSize.of(item);
  }
}
