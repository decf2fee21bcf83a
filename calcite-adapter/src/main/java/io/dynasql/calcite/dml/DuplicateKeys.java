package io.dynasql.calcite.dml;

import io.dynasql.engine.api.TransactWriteItem;
import io.dynasql.engine.error.CancellationReason;
import io.dynasql.engine.error.TransactionCanceledException;
import io.dynasql.engine.model.AttributeValue;
import java.util.List;
import java.util.Map;

/** Reads which key an INSERT's cancelled write failed on, from the cancellation's reasons. */
final class DuplicateKeys {
  private DuplicateKeys() {}

  /**
   * The DuplicateKeyException for the first put whose {@code attribute_not_exists} failed; the
   * cancellation itself when no condition failed (an item too large after all, for instance).
   */
  static RuntimeException of(TransactionCanceledException e, TargetTable t, List<TransactWriteItem> puts) {
    List<CancellationReason> reasons = e.reasons();
    for (int i = 0; i < reasons.size(); i++) {
      if ("ConditionalCheckFailed".equals(reasons.get(i).code())) {
        Map<String, AttributeValue> item = ((TransactWriteItem.Put) puts.get(i)).request().item();
        String key = new Attributes(t).describe(t.descriptor().keySchema().keyOf(item));
        return new DuplicateKeyException(t.name(), key, false, e);
      }
    }
    return e;
  }

  /**
   * For a transaction's commit: the DuplicateKeyException when the first failed condition is an
   * INSERT's (a key inserted by another connection since the statement ran); the cancellation
   * itself otherwise (an item updated or deleted was deleted meanwhile).
   */
  static RuntimeException ofCommit(TransactionCanceledException e, List<DmlExecutor.PendingWrite> writes) {
    List<CancellationReason> reasons = e.reasons();
    int offset = 0;
    for (DmlExecutor.PendingWrite w : writes) {
      for (int i = 0; i < w.actions().size() && offset + i < reasons.size(); i++) {
        if (!"ConditionalCheckFailed".equals(reasons.get(offset + i).code())) continue;
        if (!w.insert()) return e;
        Map<String, AttributeValue> item = ((TransactWriteItem.Put) w.actions().get(i)).request().item();
        TargetTable t = w.table();
        return new DuplicateKeyException(t.name(), new Attributes(t).describe(t.descriptor().keySchema().keyOf(item)), false, e);
      }
      offset += w.actions().size();
    }
    return e;
  }
}
