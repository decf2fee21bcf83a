package io.dynasql.federation.plan;

import io.dynasql.federation.Dialect;
import io.dynasql.federation.schema.RemoteTableDef;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Writes a {@link RemoteQuery} as one SQL statement in its source's dialect, with a {@code ?}
 * for every value (never a value in the text: no quoting to get wrong, and the source can reuse
 * its plan). Names are always quoted, exactly as the source's metadata spells them.
 */
public final class RemoteSqlWriter {
  /**
   * The statement and the operands its placeholders take, in order.
   *
   * @param sql the text, with {@code ?} placeholders
   * @param operands what each placeholder is bound to
   */
  public record Written(String sql, List<Operand> operands) {
    public Written {
      operands = List.copyOf(operands);
    }
  }

  private RemoteSqlWriter() {}

  public static Written write(RemoteQuery q, Dialect d) {
    List<Operand> operands = new ArrayList<>();
    RemoteTableDef t = q.table();
    StringJoiner select = new StringJoiner(", ", "SELECT ", "");
    for (int f : q.fields()) select.add(column(q, d, f));
    if (q.fields().isEmpty()) select.add("1");
    StringBuilder sql = new StringBuilder(select.toString()).append(" FROM ");
    if (t.schema() != null) sql.append(d.quote(t.schema())).append('.');
    sql.append(d.quote(t.name()));
    if (!q.conditions().isEmpty()) {
      StringJoiner where = new StringJoiner(" AND ", " WHERE ", "");
      for (RemoteCondition c : q.conditions()) where.add(condition(q, d, c, operands));
      sql.append(where);
    }
    if (!q.order().isEmpty()) {
      StringJoiner order = new StringJoiner(", ", " ORDER BY ", "");
      for (OrderKey k : q.order()) {
        order.add(column(q, d, k.column()) + (k.descending() ? " DESC" : " ASC")
            + (d.nullsOrdering() ? (k.nullsFirst() ? " NULLS FIRST" : " NULLS LAST") : ""));
      }
      sql.append(order);
    }
    if (q.limit().isPresent()) {
      sql.append(d.limit("?"));
      operands.add(q.limit().get());
    }
    return new Written(sql.toString(), operands);
  }

  static String column(RemoteQuery q, Dialect d, int column) {
    return d.quote(q.table().columns().get(column).name());
  }

  private static String condition(RemoteQuery q, Dialect d, RemoteCondition c, List<Operand> operands) {
    if (c instanceof RemoteCondition.Compare cmp) {
      operands.add(cmp.operand());
      return column(q, d, cmp.column()) + " " + cmp.op().sql() + " ?";
    }
    if (c instanceof RemoteCondition.NullTest n) return column(q, d, n.column()) + (n.isNull() ? " IS NULL" : " IS NOT NULL");
    if (c instanceof RemoteCondition.In in) return RemoteKeySql.in(q, d, in, operands);
    StringJoiner any = new StringJoiner(" OR ", "(", ")");
    for (RemoteCondition a : ((RemoteCondition.AnyOf) c).alternatives()) any.add(condition(q, d, a, operands));
    return any.toString();
  }
}
