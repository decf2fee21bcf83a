package io.dynasql.jdbc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.dialect.CalciteSqlDialect;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlShuttle;

/**
 * Lifts the literals out of a query's comparisons ({@code col = 'x'}, {@code col > 5},
 * {@code col IN (1, 2)}, {@code col BETWEEN a AND b}) into {@code ?} parameters, so statements
 * that BI tools send with a different literal each time share one cached plan. LIKE patterns are
 * left alone: their literal prefix is what makes a begins_with key condition.
 */
final class LiteralLifter {
  /**
   * The parameterised statement: its text (the plan cache's key), its tree (what is planned, so
   * the text is not parsed), the lifted values, in parameter order, and where each literal was
   * written (so a cached shape knows which of its literals each parameter takes: {@link ShapeEntries}).
   */
  record Lifted(String sql, SqlNode tree, List<Object> values, List<SqlParserPos> positions) {}

  private LiteralLifter() {}

  /**
   * The lifted form of a query, or null when it is not a query or has nothing to lift. A copy of
   * {@code parsed}, the parse tree of {@code sql}, is lifted, so {@code parsed} stays the statement
   * as written; the text is not parsed again.
   */
  static Lifted lift(String sql, SqlNode parsed) {
    String head = sql.stripLeading();
    if (head.length() < 6 || !(head.regionMatches(true, 0, "SELECT", 0, 6) || head.regionMatches(true, 0, "WITH", 0, 4))) return null;
    SqlNode node = io.dynasql.calcite.exec.TreeCopy.of(parsed);
    List<Object> values = new ArrayList<>();
    List<SqlParserPos> positions = new ArrayList<>();
    SqlNode lifted = node.accept(new Shuttle(values, positions));
    if (values.isEmpty()) return null;
    return new Lifted(lifted.toSqlString(CalciteSqlDialect.DEFAULT).getSql(), lifted, values, positions);
  }

  /** The value a number written as {@code d} is lifted as: a Long when it is whole and fits, else the BigDecimal. */
  static Object number(BigDecimal d) {
    if (d.scale() <= 0 && d.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) return d.longValueExact();
    return d;
  }

  private static final class Shuttle extends SqlShuttle {
    private final List<Object> values;
    private final List<SqlParserPos> positions;

    Shuttle(List<Object> values, List<SqlParserPos> positions) {
      this.values = values;
      this.positions = positions;
    }

    @Override
    public SqlNode visit(SqlCall call) {
      SqlKind k = call.getKind();
      boolean comparison = k == SqlKind.EQUALS || k == SqlKind.NOT_EQUALS || k == SqlKind.LESS_THAN
          || k == SqlKind.LESS_THAN_OR_EQUAL || k == SqlKind.GREATER_THAN || k == SqlKind.GREATER_THAN_OR_EQUAL
          || k == SqlKind.BETWEEN || k == SqlKind.IN;
      if (!comparison || !(call.operand(0) instanceof SqlIdentifier)) return super.visit(call);
      for (int i = 1; i < call.operandCount(); i++) {
        SqlNode op = call.operand(i);
        if (op instanceof SqlNodeList list) {
          for (int j = 0; j < list.size(); j++) list.set(j, param(list.get(j)));
        } else {
          call.setOperand(i, param(op));
        }
      }
      return call;
    }

    private SqlNode param(SqlNode n) {
      Object v = value(n);
      if (v == null) return n;
      values.add(v);
      positions.add(n.getParserPosition());
      return new SqlDynamicParam(values.size() - 1, n.getParserPosition());
    }

    private static Object value(SqlNode n) {
      if (n instanceof SqlCharStringLiteral s) return s.getValueAs(String.class);
      if (n instanceof SqlNumericLiteral num) return number(num.getValueAs(BigDecimal.class));
      return null;
    }
  }
}
