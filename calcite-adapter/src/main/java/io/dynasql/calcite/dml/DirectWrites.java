package io.dynasql.calcite.dml;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.AtomicWriteRequest;
import io.dynasql.engine.api.AtomicWriteResponse;
import io.dynasql.engine.api.DeleteItemRequest;
import io.dynasql.engine.api.TransactWriteItem;
import io.dynasql.engine.api.UpdateItemRequest;
import io.dynasql.engine.model.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Key-targeted UPDATE and DELETE as one UpdateItem or DeleteItem, with no read before the write:
 * {@code UPDATE t SET n = n + ? WHERE pk = ?} is DynamoDB's atomic {@code SET n = n + :d}, and
 * {@code DELETE FROM t WHERE pk = ? AND sk = ?} is a conditional DeleteItem. Atomic by
 * construction, and priced as the one write DynamoDB would take.
 */
final class DirectWrites {
  private DirectWrites() {}

  /**
   * The rows written (0 or 1), or empty when the statement is not of this form, or when its
   * update's condition failed for a reason SQL must judge (the caller then runs it through SQL;
   * the failed write is already labelled, as DynamoDB charges it).
   */
  static OptionalLong run(TargetTable t, Database db, DmlStatement dml, List<Object> params, io.dynasql.pushdown.AccessReport report) {
    if (dml instanceof DmlStatement.Insert) return OptionalLong.empty();
    String alias = dml instanceof DmlStatement.Update u ? u.alias() : ((DmlStatement.Delete) dml).alias();
    org.apache.calcite.sql.SqlNode where = dml instanceof DmlStatement.Update u ? u.where() : ((DmlStatement.Delete) dml).where();
    Map<String, AttributeValue> key = KeyTarget.of(t, dml.table(), alias, where, params);
    if (key == null) return OptionalLong.empty();
    TransactWriteItem action;
    boolean update = dml instanceof DmlStatement.Update;
    if (update) {
      UpdateItemRequest r = Assignments.update(t, (DmlStatement.Update) dml, key, params);
      if (r == null) return OptionalLong.empty();
      action = new TransactWriteItem.Update(r);
    } else {
      action = new TransactWriteItem.Delete(DeleteItemRequest.of(t.name(), key)
          .withCondition("attribute_exists(#pk)", t.pkName()));
    }
    AtomicWriteResponse done = db.statementWrites().writeAtomically(AtomicWriteRequest.skippingFailedConditions(List.of(action), false));
    WriteLabels.record(report, List.of(action), done, true);
    ViewWrites.record(report, t.descriptor(), done);
    if (done.applied() == 1) return OptionalLong.of(1);
    // A delete's only condition is that the item exists; an update's also guards SQL's rules.
    return update ? OptionalLong.empty() : OptionalLong.of(0);
  }
}
