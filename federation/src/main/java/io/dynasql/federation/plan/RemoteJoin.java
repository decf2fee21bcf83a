package io.dynasql.federation.plan;

import io.dynasql.federation.Dialect;
import io.dynasql.federation.LiveSource;
import io.dynasql.federation.schema.RemoteColumn;
import io.dynasql.federation.schema.RemoteTableDef;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * A join of tables of one source, sent as one statement: each side is its own statement as a
 * derived table, so its conditions keep their meaning (for a LEFT join, the right side's
 * conditions filter it before the join, as in the plan). A side may itself be a join: three or
 * more tables nest, the inner join's columns named {@code c0, c1, …} so that equal names of two
 * tables stay apart.
 *
 * @param left the left side
 * @param right the right side
 * @param type INNER or LEFT
 * @param pairs equi-join pairs, left column = right column (positions in each side's columns)
 * @param rows the rows it is expected to return
 */
public record RemoteJoin(RemoteFrom left, RemoteFrom right, JoinRelType type, List<int[]> pairs, double rows)
    implements RemoteFrom {
  public RemoteJoin {
    pairs = List.copyOf(pairs);
  }

  /** The statement, with a {@code ?} for every value, and the operands its placeholders take (left's first). */
  RemoteSqlWriter.Written write(Dialect d) {
    return write(d, false);
  }

  /** The statement; {@code aliased}: its columns named {@code c0, c1, …}, as a side of another join reads them. */
  RemoteSqlWriter.Written write(Dialect d, boolean aliased) {
    RemoteSqlWriter.Written l = left.derived(d);
    RemoteSqlWriter.Written r = right.derived(d);
    StringJoiner select = new StringJoiner(", ", "SELECT ", "");
    int n = 0;
    for (int i = 0; i < left.columns().size(); i++) select.add("l." + left.ref(i, d) + (aliased ? " AS c" + n++ : ""));
    for (int i = 0; i < right.columns().size(); i++) select.add("r." + right.ref(i, d) + (aliased ? " AS c" + n++ : ""));
    StringJoiner on = new StringJoiner(" AND ");
    for (int[] p : pairs) on.add("l." + left.ref(p[0], d) + " = r." + right.ref(p[1], d));
    String sql = select + " FROM (" + l.sql() + ") l " + (type == JoinRelType.LEFT ? "LEFT JOIN" : "JOIN") + " ("
        + r.sql() + ") r ON " + on;
    List<Operand> operands = new ArrayList<>(l.operands());
    operands.addAll(r.operands());
    return new RemoteSqlWriter.Written(sql, operands);
  }

  @Override
  public LiveSource source() {
    return left.source();
  }

  @Override
  public List<RemoteColumn> columns() {
    List<RemoteColumn> out = new ArrayList<>(left.columns());
    out.addAll(right.columns());
    return out;
  }

  @Override
  public RemoteSqlWriter.Written derived(Dialect d) {
    return write(d, true);
  }

  @Override
  public String ref(int i, Dialect d) {
    return "c" + i;
  }

  @Override
  public RemoteTableDef firstTable() {
    return left.firstTable();
  }

  @Override
  public String tables() {
    return left.tables() + " " + type.lowerName + " join " + right.tables();
  }

  /**
   * The join's result as one table for the label and the row reader: its columns are the left
   * side's then the right side's, and its name says which tables were joined.
   */
  RemoteQuery asQuery() {
    RemoteTableDef first = firstTable();
    return RemoteQuery.all(new RemoteTableDef(first.catalog(), first.schema(), tables(), columns(), List.of()));
  }

  /** The type each column has in the join, which may be wider than the remote column's. */
  @Override
  public List<SqlTypeName> types() {
    List<SqlTypeName> out = new ArrayList<>(left.types());
    out.addAll(right.types());
    return out;
  }
}
