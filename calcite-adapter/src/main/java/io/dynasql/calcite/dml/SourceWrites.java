package io.dynasql.calcite.dml;

import io.dynasql.engine.api.DeleteItemRequest;
import io.dynasql.engine.api.TransactWriteItem;
import io.dynasql.engine.api.UpdateItemRequest;
import io.dynasql.engine.model.AttributeValue;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * DML on a {@link WritableSource}'s table, with the source's own calls. The items, keys, update
 * expressions and conditions are computed exactly as for a dynasql table; how they are sent:
 *
 * <ul>
 *   <li>INSERT / UPSERT: one row is a PutItem (INSERT's on {@code attribute_not_exists}, so an existing
 *       key is 23505 and nothing is written); 2 to 100 rows one TransactWriteItems (all or nothing);
 *       more, BatchWriteItem calls of 25, not atomic, an INSERT's keys checked absent first.
 *   <li>UPDATE / DELETE on the whole key: one UpdateItem / DeleteItem on {@code attribute_exists}
 *       with no read (an UPDATE whose condition failed goes the next way, which gives SQL's answer).
 *   <li>Any other UPDATE / DELETE: the rows are read with the pushed Query or Scan, then one
 *       UpdateItem / DeleteItem per item, each on condition that the item still exists and that
 *       what the statement read of it is unchanged ({@link Guards}); rows affected = writes applied.
 * </ul>
 */
final class SourceWrites {
  private SourceWrites() {}

  static long execute(DmlContext context, TargetTable t, DmlStatement dml, List<Object> bound) throws SQLException {
    if (dml instanceof DmlStatement.Insert ins) return insert(context, t, ins, bound);
    OptionalLong direct = direct(context, t, dml, bound);
    if (direct.isPresent()) return direct.getAsLong();
    List<TransactWriteItem> actions = dml instanceof DmlStatement.Update u
        ? Updates.actions(context, t, u, bound) : Deletes.actions(context, t, (DmlStatement.Delete) dml, bound);
    if (actions.isEmpty()) return 0;
    SourceWrite w = new SourceWrite.Each(actions);
    return send(context, t, w).applied(w);
  }

  private static long insert(DmlContext context, TargetTable t, DmlStatement.Insert ins, List<Object> bound) throws SQLException {
    List<TransactWriteItem> puts = Inserts.actions(context, t, ins, bound);
    if (puts.isEmpty()) return 0;
    SourceWrite w;
    if (puts.size() == 1) {
      w = new SourceWrite.Each(puts);
    } else if (WriteLabels.atomicOnDynamo(puts.size())) {
      w = new SourceWrite.Transaction(puts);
    } else {
      if (!ins.upsert()) checkAbsent(context, t, puts);
      w = new SourceWrite.Batch(puts);
    }
    SourceWriteResult r = send(context, t, w);
    if (!r.failed().isEmpty()) { // only an INSERT's condition can fail here: a key that exists
      throw duplicate(t, puts.get(Collections.min(r.failed())));
    }
    return r.applied(w);
  }

  /** BatchWriteItem takes no condition: an INSERT of more rows than a transaction reads its keys first. */
  private static void checkAbsent(DmlContext context, TargetTable t, List<TransactWriteItem> puts) {
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    for (TransactWriteItem p : puts) keys.add(keyOf(t, p));
    SourceKeyCheck check = t.source().existing(keys);
    SourceLabels.keyCheck(context.report(), t, keys.size(), check);
    if (!check.existing().isEmpty()) {
      throw new DuplicateKeyException(t.name(), new Attributes(t).describe(check.existing().get(0)), false, null);
    }
  }

  /** The statement as one UpdateItem / DeleteItem when its WHERE is the whole key, as {@link DirectWrites} decides. */
  private static OptionalLong direct(DmlContext context, TargetTable t, DmlStatement dml, List<Object> params) {
    boolean update = dml instanceof DmlStatement.Update;
    String alias = update ? ((DmlStatement.Update) dml).alias() : ((DmlStatement.Delete) dml).alias();
    org.apache.calcite.sql.SqlNode where = update ? ((DmlStatement.Update) dml).where() : ((DmlStatement.Delete) dml).where();
    Map<String, AttributeValue> key = KeyTarget.of(t, dml.table(), alias, where, params);
    if (key == null) return OptionalLong.empty();
    TransactWriteItem action;
    if (update) {
      UpdateItemRequest r = Assignments.update(t, (DmlStatement.Update) dml, key, params);
      if (r == null) return OptionalLong.empty();
      action = new TransactWriteItem.Update(r);
    } else {
      action = new TransactWriteItem.Delete(DeleteItemRequest.of(t.name(), key)
          .withCondition("attribute_exists(#pk)", t.pkName()));
    }
    SourceWrite w = new SourceWrite.Each(List.of(action));
    if (send(context, t, w).applied(w) == 1) return OptionalLong.of(1);
    return update ? OptionalLong.empty() : OptionalLong.of(0);
  }

  private static SourceWriteResult send(DmlContext context, TargetTable t, SourceWrite w) {
    SourceWriteResult r = t.source().write(w);
    SourceLabels.write(context.report(), t, w, r);
    return r;
  }

  private static DuplicateKeyException duplicate(TargetTable t, TransactWriteItem put) {
    return new DuplicateKeyException(t.name(), new Attributes(t).describe(keyOf(t, put)), false, null);
  }

  private static Map<String, AttributeValue> keyOf(TargetTable t, TransactWriteItem put) {
    return t.descriptor().keySchema().keyOf(((TransactWriteItem.Put) put).request().item());
  }
}
