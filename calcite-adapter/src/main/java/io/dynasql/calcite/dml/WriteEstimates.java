package io.dynasql.calcite.dml;

import io.dynasql.calcite.SqlColumn;
import io.dynasql.engine.api.TransactWriteItem;
import io.dynasql.engine.catalog.IndexDescriptor;
import io.dynasql.engine.catalog.RollupInfo;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.ItemSizes;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.pushdown.backend.TableStatistics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;

/**
 * The arithmetic of a {@link WriteEstimate}, by DynamoDB's rules: a write unit per started 1 KB of
 * each item (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html),
 * times the {@link WritePricing}'s factor; an index is written only for an item that has its key
 * attributes, per 1 KB of the entry it projects; an update that changes an index's key costs that
 * index a delete and a put
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.html#GSI.ThroughputConsiderations.Writes);
 * a view one unit per item written, two when an update sets a grouping column ({@link ViewWrites}).
 */
final class WriteEstimates {
  private static final double WRITE_UNIT_BYTES = 1024;

  private WriteEstimates() {}

  /** The estimate of writing exactly these puts (an INSERT's VALUES rows): sizes from the items themselves. */
  static WriteEstimate exact(TargetTable t, DmlStatement dml, List<TransactWriteItem> puts) {
    WritePricing pricing = WritePricing.of(puts.size());
    int f = pricing.factor();
    KeySchema key = t.descriptor().keySchema();
    double tableUnits = 0;
    for (TransactWriteItem p : puts) tableUnits += units(ItemSizes.of(item(p)));
    List<WriteEstimate.Line> lines = new ArrayList<>();
    lines.add(new WriteEstimate.Line(WriteEstimate.Target.TABLE, t.name(), puts.size(), tableUnits * f));
    for (IndexDescriptor i : t.descriptor().indexes()) {
      double entries = 0;
      double units = 0;
      for (TransactWriteItem p : puts) {
        Map<String, AttributeValue> entry = i.project(item(p), key);
        if (entry == null) continue; // the item lacks the index's key: the index holds nothing of it
        entries++;
        units += units(ItemSizes.of(entry));
      }
      lines.add(new WriteEstimate.Line(WriteEstimate.Target.INDEX, i.name(), entries, units * f));
    }
    views(t, lines, puts.size(), List.of());
    return new WriteEstimate(t.name(), pricing.calls(dml), pricing, lines);
  }

  /**
   * The estimate of writing {@code rows} items of the table's average size: a DELETE, an INSERT's
   * query rows, or an UPDATE setting {@code set} (empty otherwise) to {@code values}.
   */
  static WriteEstimate average(TargetTable t, DmlStatement dml, double rows, List<SqlColumn> set, List<SqlNode> values) {
    // A source's UPDATE / DELETE sends one call per item it read (SourceWrites); dynasql's is one atomic write.
    WritePricing pricing = t.source() != null && !(dml instanceof DmlStatement.Insert)
        ? WritePricing.each(Math.round(rows)) : WritePricing.of(Math.round(rows));
    int f = pricing.factor();
    TableStatistics stats = t.statistics();
    TableStatistics.Sizes table = stats.table();
    KeySchema key = t.descriptor().keySchema();
    List<WriteEstimate.Line> lines = new ArrayList<>();
    lines.add(new WriteEstimate.Line(WriteEstimate.Target.TABLE, t.name(), rows, rows * units(table.averageItemBytes()) * f));
    boolean update = dml instanceof DmlStatement.Update;
    for (IndexDescriptor i : t.descriptor().indexes()) {
      TableStatistics.Sizes index = stats.of(i.name());
      // The share of the table's items the index holds (a sparse index fewer); an empty table's is unknown: all.
      double share = table.items() == 0 ? 1 : Math.min(1, (double) index.items() / table.items());
      double entryUnits = units(index.items() == 0 ? table.averageItemBytes() : index.averageItemBytes());
      double entries;
      double writes;
      if (!update) {
        entries = rows * share;
        writes = entries;
      } else if (setsKeyOf(i, set, values, false)) {
        // An entry whose key changes is deleted and put again (2 writes); an item that gains the key is put (1).
        entries = rows;
        writes = rows * (2 * share + (1 - share));
      } else if (setsKeyOf(i, set, values, true)) {
        entries = rows * share; // the key set to NULL: the entry is deleted
        writes = entries;
      } else if (set.stream().anyMatch(c -> i.projects(c.ref().attribute(), key))) {
        entries = rows * share;
        writes = entries;
      } else {
        entries = 0; // nothing the index holds changes: DynamoDB does not write it
        writes = 0;
      }
      lines.add(new WriteEstimate.Line(WriteEstimate.Target.INDEX, i.name(), entries, writes * entryUnits * f));
    }
    views(t, lines, rows, set);
    return new WriteEstimate(t.name(), pricing.calls(dml), pricing, lines);
  }

  /** Whether {@code set} assigns one of {@code i}'s key attributes a NULL literal ({@code toNull}) or anything else. */
  private static boolean setsKeyOf(IndexDescriptor i, List<SqlColumn> set, List<SqlNode> values, boolean toNull) {
    for (int c = 0; c < set.size(); c++) {
      if (!i.keySchema().isKeyAttribute(set.get(c).ref().attribute())) continue;
      boolean isNull = values.get(c) instanceof SqlLiteral l && l.getValue() == null;
      if (isNull == toNull) return true;
    }
    return false;
  }

  /** A line per view the table feeds: a unit per item, two when an update sets one of its grouping columns. */
  private static void views(TargetTable t, List<WriteEstimate.Line> lines, double rows, List<SqlColumn> set) {
    for (RollupInfo v : t.descriptor().maintainedViews()) {
      boolean regroups = set.stream().anyMatch(c -> v.groupBy().contains(c.ref().attribute()));
      double units = rows * (regroups ? 2 : 1);
      lines.add(new WriteEstimate.Line(WriteEstimate.Target.VIEW, v.view(), units, units));
    }
  }

  private static Map<String, AttributeValue> item(TransactWriteItem put) {
    return ((TransactWriteItem.Put) put).request().item();
  }

  /** Write units of one item of {@code bytes}: a unit per started 1 KB, at least one. */
  static double units(double bytes) {
    return Math.max(1, Math.ceil(bytes / WRITE_UNIT_BYTES));
  }
}
