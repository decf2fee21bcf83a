package io.dynasql.engine.ops;

import io.dynasql.engine.api.ConsumedCapacity;
import io.dynasql.engine.api.DeleteItemRequest;
import io.dynasql.engine.api.GetItemRequest;
import io.dynasql.engine.api.ItemResponse;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.ReadSet;
import io.dynasql.engine.api.ReturnValue;
import io.dynasql.engine.api.UpdateItemRequest;
import io.dynasql.engine.capacity.CapacityRules;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.codec.SizedItem;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.AttributeValue;
import java.util.Map;

/**
 * GetItem, PutItem, UpdateItem and DeleteItem. Parsing and validation happen on the caller's
 * thread; the writer thread only reads the old item, checks the condition and writes, so many
 * callers' requests fit in one group commit.
 */
public final class ItemOperations {
  private final Engine engine;
  private final ItemWrites writes;

  public ItemOperations(Engine engine) {
    this.engine = engine;
    this.writes = new ItemWrites(engine);
  }

  public ItemResponse getItem(GetItemRequest r) {
    Names.checkTable(r.tableName());
    Compiled.Projection projection = RequestExpressions.projectionOnly(r.names(), r.projectionExpression());
    return engine.store().read(txn -> {
      TableDescriptor t = engine.catalog().table(txn, r.tableName());
      ItemValidator.checkKey(t, r.key());
      SizedItem item = engine.items().getSized(txn, t, r.key());
      if (r.readSet() != null) {
        r.readSet().record(t.name(), t.keySchema().keyOf(r.key()), item == null ? ReadSet.ABSENT : item.version());
      }
      int size = item == null ? 0 : item.size();
      ConsumedCapacity cc = CapacityBuilder.reads(t, null, CapacityRules.readUnits(size, r.consistentRead()));
      return new ItemResponse(item == null ? null : Compiled.project(projection, item.item()), cc);
    });
  }

  public ItemResponse putItem(PutItemRequest r) {
    if (r.returnValues() != ReturnValue.NONE && r.returnValues() != ReturnValue.ALL_OLD) {
      throw new ValidationException("Return values set to invalid value: " + r.returnValues() + " (PutItem allows NONE and ALL_OLD)");
    }
    ItemWrites.Write w = writes.preparePut(r.tableName(), r.item(), r.conditionExpression(), r.expr(), r.returnOldOnConditionFailure(), false);
    ItemWrites.Result res = engine.writer().submit(txn -> writes.apply(txn, w));
    return new ItemResponse(r.returnValues() == ReturnValue.ALL_OLD ? res.oldItem() : null, res.capacity());
  }

  public ItemResponse deleteItem(DeleteItemRequest r) {
    if (r.returnValues() != ReturnValue.NONE && r.returnValues() != ReturnValue.ALL_OLD) {
      throw new ValidationException("Return values set to invalid value: " + r.returnValues() + " (DeleteItem allows NONE and ALL_OLD)");
    }
    ItemWrites.Write w = writes.prepareDelete(r.tableName(), r.key(), r.conditionExpression(), r.expr(), r.returnOldOnConditionFailure(), false);
    ItemWrites.Result res = engine.writer().submit(txn -> writes.apply(txn, w));
    return new ItemResponse(r.returnValues() == ReturnValue.ALL_OLD ? res.oldItem() : null, res.capacity());
  }

  public ItemResponse updateItem(UpdateItemRequest r) {
    ItemWrites.Write w = writes.prepareUpdate(r.tableName(), r.key(), r.updateExpression(), r.conditionExpression(), r.expr(), r.returnOldOnConditionFailure(), false);
    ItemWrites.Result res = engine.writer().submit(txn -> writes.apply(txn, w));
    return new ItemResponse(returned(r.returnValues(), res), res.capacity());
  }

  private static Map<String, AttributeValue> returned(ReturnValue rv, ItemWrites.Result res) {
    switch (rv) {
      case ALL_OLD: return res.oldItem();
      case ALL_NEW: return res.newItem();
      case UPDATED_OLD: return res.oldItem() == null ? null : emptyToNull(res.touched().apply(res.oldItem()));
      case UPDATED_NEW: return res.newItem() == null ? null : emptyToNull(res.touched().apply(res.newItem()));
      default: return null;
    }
  }

  private static Map<String, AttributeValue> emptyToNull(Map<String, AttributeValue> m) {
    return m == null || m.isEmpty() ? null : m;
  }
}
