package io.dynasql.calcite.dml;

import io.dynasql.pushdown.AccessEstimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a write statement is expected to write before it runs, as {@code EXPLAIN PLAN FOR} shows it
 * after the plan of what it reads: one line for the table, then one per secondary index and one per
 * materialized view the table feeds, each with the items it writes there and their write units,
 * priced as {@link #pricing} says. The lines mirror the WRITE lines the statement's run is labelled
 * with ({@link WriteLabels}, {@link ViewWrites}).
 *
 * @param table the table written
 * @param calls the DynamoDB calls the write is priced as (PutItem, TransactWriteItems, ...)
 * @param pricing how the item count prices it
 * @param lines the table's line first, then its indexes', then its views'
 */
public record WriteEstimate(String table, String calls, WritePricing pricing, List<Line> lines) {
  public WriteEstimate {
    lines = List.copyOf(lines);
  }

  /** Where a line's units are written. */
  public enum Target { TABLE, INDEX, VIEW }

  /**
   * One line: the items written there and their write units (the pricing's factor included).
   *
   * @param target table, index or view
   * @param name the index's or view's name (the table's for the table)
   * @param items items written (index entries put or deleted; group items of a view)
   * @param units write request units
   */
  public record Line(Target target, String name, double items, double units) {}

  /** The table's line. */
  public Line tableLine() {
    return lines.get(0);
  }

  /** The lines as {@code EXPLAIN PLAN FOR} prints them, dollars at {@code writeUnitPrice} per million units. */
  public List<String> text(double writeUnitPrice) {
    return text(writeUnitPrice, null);
  }

  /** {@link #text(double)} of a write to a source's table: its line names the source first. */
  public List<String> text(double writeUnitPrice, String source) {
    List<String> out = new ArrayList<>();
    for (Line l : lines) {
      String where = switch (l.target()) {
        case TABLE -> (source == null ? "" : "source=[" + source + "], ") + "table=[" + table + "], calls=[" + calls + "], atomic_on_dynamodb=[" + pricing.atomicOnDynamo() + "]";
        case INDEX -> "table=[" + table + "], index=[" + l.name() + "]";
        case VIEW -> "table=[" + l.name() + "], view_of=[" + table + "]";
      };
      out.add((l.target() == Target.TABLE ? "" : "  ") + "DynamoWrite(" + where
          + String.format(Locale.ROOT, ", est_items=[%d], est_write_units=[%s], est_usd=[%s])", Math.round(l.items()),
              units(l.units()), AccessEstimate.twoDigits(l.units() * writeUnitPrice / 1e6)));
    }
    return out;
  }

  /** Units to two decimals at most: 6.0, 1.67. */
  static String units(double u) {
    return String.valueOf(Math.round(u * 100) / 100.0);
  }
}
