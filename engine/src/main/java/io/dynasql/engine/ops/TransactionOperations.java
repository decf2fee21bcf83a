package io.dynasql.engine.ops;

import io.dynasql.engine.api.AtomicWriteRequest;
import io.dynasql.engine.api.AtomicWriteResponse;
import io.dynasql.engine.api.ConsumedCapacity;
import io.dynasql.engine.api.SubmittedWrite;
import io.dynasql.engine.api.TransactGet;
import io.dynasql.engine.api.TransactGetItemsResponse;
import io.dynasql.engine.api.TransactWriteItem;
import io.dynasql.engine.api.TransactWriteItemsRequest;
import io.dynasql.engine.api.TransactWriteItemsResponse;
import io.dynasql.engine.capacity.CapacityRules;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.codec.ItemSize;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.store.GroupCommitter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * TransactGetItems (one snapshot), TransactWriteItems (all or nothing, within DynamoDB's 100
 * actions and 4 MB) and the SQL layer's unlimited atomic writes; both writes share
 * {@link AtomicWrites}' run, so only the limits differ.
 */
public final class TransactionOperations {
  static final int MAX_ACTIONS = 100;
  /** Aggregate size of the items in one transaction. */
  static final long MAX_BYTES = 4L * 1024 * 1024;

  private final Engine engine;
  private final AtomicWrites atomic;
  private final IdempotencyTokens tokens;

  public TransactionOperations(Engine engine) {
    this.engine = engine;
    this.atomic = new AtomicWrites(engine);
    this.tokens = new IdempotencyTokens(engine.clock());
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
        io.dynasql.engine.codec.SizedItem sized = engine.items().getSized(txn, t, g.key());
        Map<String, AttributeValue> item = sized == null ? null : sized.item();
        items.add(item == null ? null : Compiled.project(projections.get(i), item));
        double units = CapacityRules.transactionalReadUnits(sized == null ? 0 : sized.size());
        byTable.merge(t.name(), CapacityBuilder.reads(t, null, units), ConsumedCapacity::plus);
      }
      return new TransactGetItemsResponse(items, new ArrayList<>(byTable.values()));
    });
  }

  public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest r) {
    checkCount(r.transactItems().size());
    TransactWriteItemsResponse earlier = tokens.lookup(r);
    if (earlier != null) return earlier;
    List<ItemWrites.Write> prepared = atomic.prepare(r.transactItems(), true);
    checkSize(prepared);
    AtomicWriteResponse done = atomic.run(prepared, false);
    TransactWriteItemsResponse response = new TransactWriteItemsResponse(done.consumedCapacity());
    tokens.remember(r, response);
    return response;
  }

  /** The item an action would leave on {@code current}; see {@link io.dynasql.engine.StatementWrites#preview}. */
  public Map<String, AttributeValue> preview(TransactWriteItem action, Map<String, AttributeValue> current) {
    return atomic.preview(action, current);
  }

  /**
   * An atomic write for the SQL layer: TransactWriteItems' all-or-nothing run without its
   * count and aggregate size limits (one SQL statement may write any number of rows).
   */
  public AtomicWriteResponse writeAtomically(AtomicWriteRequest r) {
    return submitAtomically(r, false).await();
  }

  /**
   * The same write, validated on the caller's thread and then queued without waiting for its
   * commit; {@code moreFollows} asks the writer to keep the commit open for the caller's next piece.
   */
  public SubmittedWrite submitAtomically(AtomicWriteRequest r, boolean moreFollows) {
    List<ItemWrites.Write> prepared = atomic.prepare(r.actions(), r.priceAsTransaction());
    CompletableFuture<AtomicWriteResponse> done = atomic.submit(prepared, r.skipFailedConditions(), r.expected(), moreFollows);
    return () -> GroupCommitter.await(done);
  }

  private static void checkSize(List<ItemWrites.Write> prepared) {
    long bytes = 0;
    for (ItemWrites.Write w : prepared) {
      bytes += w.item() == null ? 0 : ItemSize.of(w.item());
      if (bytes > MAX_BYTES) {
        throw new ValidationException("Transaction request size has exceeded the maximum allowed size of 4 MB (items of "
            + bytes + " bytes so far, at table " + w.table().name() + ")");
      }
    }
  }

  private static void checkCount(int n) {
    if (n < 1 || n > MAX_ACTIONS) {
      throw new ValidationException("1 validation error detected: Value of 'transactItems' failed to satisfy constraint: Member must have length between 1 and "
          + MAX_ACTIONS + " (got " + n + ")");
    }
  }
}
