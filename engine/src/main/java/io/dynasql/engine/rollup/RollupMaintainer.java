package io.dynasql.engine.rollup;

import io.dynasql.engine.catalog.RollupInfo;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.changelog.ChangeListener;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.ops.Engine;
import java.util.Map;
import org.agrona.DirectBuffer;
import org.lmdbjava.Txn;

/**
 * Keeps every materialized view exact in the transaction of each change of its base table: the
 * old image's contribution leaves its group, the new image's joins its group (the same one, or
 * another when a group column changed), and a group whose count reaches 0 is deleted. Inserts,
 * updates, deletes, TTL deletes, batches, transactions and SQL DML all come through the change
 * log, so none can miss a view, and a view is never stale. This is the pattern AWS documents with
 * a stream and a Lambda function updating an aggregate table
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-gsi-aggregation.html, with Streams and
 * Lambda: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.Lambda.html), done
 * synchronously: the aggregate commits with the write.
 */
public final class RollupMaintainer implements ChangeListener {
  private final Engine engine;
  /** Write units of view items written, per view, since {@link #takeUnits} last took them. */
  private final Map<String, Double> units = new java.util.LinkedHashMap<>();

  public RollupMaintainer(Engine engine) {
    this.engine = engine;
  }

  @Override
  public void changed(Txn<DirectBuffer> txn, TableDescriptor t, Map<String, AttributeValue> oldImage,
      Map<String, AttributeValue> newImage) {
    RollupInfo held = t.viewHeld();
    if (held != null) {
      throw new ValidationException("Table " + t.name() + " holds materialized view " + held.view() + " of table "
          + held.base() + " and changes only with it; write to " + held.base() + " instead, or REFRESH MATERIALIZED VIEW "
          + held.view());
    }
    for (RollupInfo view : t.maintainedViews()) apply(txn, view, oldImage, newImage);
  }

  /**
   * The write units of the view items written since the last call, per view table (writer thread
   * only): each group item written or deleted is one write of its size. The atomic write reports
   * them beside the base table's units.
   */
  @Override
  public Map<String, Double> takeUnits() {
    Map<String, Double> out = Map.copyOf(units);
    units.clear();
    return out;
  }

  private void apply(Txn<DirectBuffer> txn, RollupInfo view, Map<String, AttributeValue> oldImage,
      Map<String, AttributeValue> newImage) {
    TableDescriptor viewTable = engine.catalog().table(txn, view.view());
    ViewRows rows = new ViewRows(engine, viewTable, view);
    String from = oldImage == null ? null : GroupKey.of(oldImage, view.groupBy());
    String to = newImage == null ? null : GroupKey.of(newImage, view.groupBy());
    double written = 0;
    if (from != null && from.equals(to)) {
      GroupRow g = rows.load(txn, from);
      g.add(view, oldImage, -1);
      g.add(view, newImage, 1);
      written += rows.store(txn, g);
    } else {
      if (from != null) {
        GroupRow g = rows.load(txn, from);
        g.add(view, oldImage, -1);
        written += rows.store(txn, g);
      }
      if (to != null) {
        GroupRow g = rows.load(txn, to);
        g.add(view, newImage, 1);
        written += rows.store(txn, g);
      }
    }
    if (written > 0) units.merge(view.view(), written, Double::sum);
  }
}
