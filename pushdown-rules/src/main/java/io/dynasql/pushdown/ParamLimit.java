package io.dynasql.pushdown;

import org.apache.calcite.DataContext;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;

/**
 * A LIMIT whose row count (or OFFSET) is a {@code ?} parameter: the rows the access must read,
 * FETCH + OFFSET, are known only when the statement runs, and are then its store limit exactly as
 * a literal LIMIT's would be. EXPLAIN prints it as the parameters it reads, {@code limit=?1} or
 * {@code limit=?1+?2}.
 *
 * @param fetch the row count
 * @param offset the rows skipped first, or null
 */
public record ParamLimit(Count fetch, Count offset) {
  /** A count of rows: a literal or a parameter. */
  public sealed interface Count {
    /** The count, or null when the parameter is NULL, negative or not a whole number. */
    Long bind(DataContext root);

    /** A literal count. */
    record Fixed(long rows) implements Count {
      @Override public Long bind(DataContext root) {
        return rows;
      }

      @Override public String toString() {
        return Long.toString(rows);
      }
    }

    /** A {@code ?} parameter, by its 0-based position. */
    record Param(int index) implements Count {
      @Override public Long bind(DataContext root) {
        Object v = root == null ? null : root.get("?" + index);
        if (!(v instanceof Number n)) return null;
        long rows = n.longValue();
        return rows < 0 || rows != n.doubleValue() ? null : rows;
      }

      @Override public String toString() {
        return "?" + index;
      }
    }
  }

  /** The limit of {@code OFFSET offset FETCH fetch} when a parameter is among them; otherwise null. */
  static ParamLimit of(RexNode offset, RexNode fetch) {
    if (!(fetch instanceof RexDynamicParam) && !(offset instanceof RexDynamicParam)) return null;
    Count f = count(fetch);
    Count o = offset == null ? null : count(offset);
    return f == null || (offset != null && o == null) ? null : new ParamLimit(f, o);
  }

  private static Count count(RexNode n) {
    if (n instanceof RexDynamicParam p) return new Count.Param(p.getIndex());
    if (n instanceof RexLiteral l && l.getValueAs(Long.class) != null) return new Count.Fixed(l.getValueAs(Long.class));
    return null;
  }

  /**
   * The rows to read under {@code root}'s parameters, or null (no store limit: the LIMIT above
   * the access still applies, and reports a bad value as it would unpushed) when a value is
   * missing or the sum exceeds an int.
   */
  Integer bind(DataContext root) {
    Long f = fetch.bind(root);
    Long o = offset == null ? Long.valueOf(0) : offset.bind(root);
    if (f == null || o == null || f + o > Integer.MAX_VALUE) return null;
    return (int) (f + o);
  }

  @Override
  public String toString() {
    return offset == null ? fetch.toString() : fetch + "+" + offset;
  }
}
