package io.dynasql.federation.plan;

import io.dynasql.federation.Dialect;
import io.dynasql.federation.schema.RemoteColumn;
import io.dynasql.federation.schema.RemoteTableDef;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * A join of two tables of one source, sent as one statement: each side is its own pushed
 * statement ({@link RemoteSqlWriter}) as a derived table, so its conditions keep their meaning
 * (for a LEFT join, the right side's conditions filter it before the join, as in the plan).
 *
 * @param left the left side's statement
 * @param right the right side's statement
 * @param type INNER or LEFT
 * @param pairs equi-join pairs, left column = right column (positions in each side's columns)
 */
public record RemoteJoin(RemoteInputs.Remote left, RemoteInputs.Remote right, JoinRelType type, List<int[]> pairs) {
  public RemoteJoin {
    pairs = List.copyOf(pairs);
  }

  /** The statement, with a {@code ?} for every value, and the operands its placeholders take (left's first). */
  RemoteSqlWriter.Written write(Dialect d) {
    RemoteSqlWriter.Written l = RemoteSqlWriter.write(distinct(left.query()), d);
    RemoteSqlWriter.Written r = RemoteSqlWriter.write(distinct(right.query()), d);
    StringJoiner select = new StringJoiner(", ", "SELECT ", "");
    for (int i = 0; i < left.query().fields().size(); i++) select.add("l." + name(left.query(), i, d));
    for (int i = 0; i < right.query().fields().size(); i++) select.add("r." + name(right.query(), i, d));
    StringJoiner on = new StringJoiner(" AND ");
    for (int[] p : pairs) on.add("l." + name(left.query(), p[0], d) + " = r." + name(right.query(), p[1], d));
    String sql = select + " FROM (" + l.sql() + ") l " + (type == JoinRelType.LEFT ? "LEFT JOIN" : "JOIN") + " ("
        + r.sql() + ") r ON " + on;
    List<Operand> operands = new ArrayList<>(l.operands());
    operands.addAll(r.operands());
    return new RemoteSqlWriter.Written(sql, operands);
  }

  /** Each column once: a derived table's names must be unique (a side may return one column twice). */
  private static RemoteQuery distinct(RemoteQuery q) {
    return q.withFields(q.fields().stream().distinct().toList());
  }

  private static String name(RemoteQuery q, int i, Dialect d) {
    return d.quote(q.table().columns().get(q.fields().get(i)).name());
  }

  /**
   * The join's result as one table for the label and the row reader: its columns are the left
   * side's then the right side's, and its name says which tables were joined.
   */
  RemoteQuery asQuery() {
    List<RemoteColumn> columns = new ArrayList<>();
    for (RemoteQuery q : List.of(left.query(), right.query())) {
      for (int f : q.fields()) columns.add(q.table().columns().get(f));
    }
    RemoteTableDef l = left.query().table();
    RemoteTableDef def = new RemoteTableDef(l.catalog(), l.schema(), l.name() + " " + type.lowerName + " join "
        + right.query().table().name(), columns, List.of());
    return RemoteQuery.all(def);
  }

  /** The type each column has in the join, which may be wider than the remote column's. */
  List<SqlTypeName> types() {
    List<SqlTypeName> out = new ArrayList<>(left.types());
    out.addAll(right.types());
    return out;
  }
}
