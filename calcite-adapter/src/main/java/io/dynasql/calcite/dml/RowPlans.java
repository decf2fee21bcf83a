package io.dynasql.calcite.dml;

import io.dynasql.calcite.dml.DmlExecutor.PendingWrite;
import io.dynasql.calcite.exec.SqlSession;
import io.dynasql.engine.api.DeleteItemRequest;
import io.dynasql.engine.api.ReadSet;
import io.dynasql.engine.api.TransactWriteItem;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.pushdown.AccessReport;
import io.dynasql.pushdown.StatementCanceledException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The writes of one batch row, computed without applying them, and whether computing them read
 * the store ({@link BatchWrites} needs to know which rows could see earlier rows' writes). A
 * key-targeted DELETE is a conditioned delete with no read, as {@link DirectWrites} runs it alone;
 * any other row is planned through SQL ({@link DmlExecutor#plan}).
 */
final class RowPlans {
  /** A row's writes or the error that refused it, and whether it read the store. */
  record Result(PendingWrite write, Exception error, boolean read) {}

  private final DmlContext context;
  private final TargetTable t;
  private final DmlStatement dml;

  RowPlans(DmlContext context, TargetTable t, DmlStatement dml) {
    this.context = context;
    this.t = t;
    this.dml = dml;
  }

  /** Plans the row bound to {@code params}, recording the items it reads in {@code reads}; a cancel is thrown. */
  Result plan(List<Object> params, ReadSet reads) {
    AccessReport report = context.report();
    int before = report == null ? 0 : report.count();
    try {
      DmlExecutor.checkParameters(dml, params);
      List<Object> bound = BoundParameters.of(t, dml, params);
      PendingWrite w = directDelete(bound);
      if (w == null) w = DmlExecutor.plan(context, t, dml, bound, reads);
      return new Result(w, null, read(report, before, reads));
    } catch (StatementCanceledException e) {
      throw e;
    } catch (SQLException | RuntimeException e) {
      return new Result(null, e, read(report, before, reads));
    }
  }

  private static boolean read(AccessReport report, int before, ReadSet reads) {
    return reads.size() > 0 || report != null && report.count() > before;
  }

  /** {@code DELETE ... WHERE pk = ? [AND sk = ?]}: the delete, on condition that the item exists; else null. */
  private PendingWrite directDelete(List<Object> bound) {
    if (!(dml instanceof DmlStatement.Delete d)) return null;
    Map<String, AttributeValue> key = KeyTarget.of(t, d.table(), d.alias(), d.where(), bound);
    if (key == null) return null;
    DeleteItemRequest delete = DeleteItemRequest.of(t.name(), key).withCondition("attribute_exists(#pk)", t.pkName());
    return new PendingWrite(t, List.of(new TransactWriteItem.Delete(delete)), false);
  }

  /** The key of the item {@code action} (a put or a delete of this batch) writes. */
  Map<String, AttributeValue> key(TransactWriteItem action) {
    if (action instanceof TransactWriteItem.Put p) return t.descriptor().keySchema().keyOf(p.request().item());
    return ((TransactWriteItem.Delete) action).request().key();
  }
}
