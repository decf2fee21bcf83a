package io.dynasql.jdbc;

import io.dynasql.calcite.exec.PreparedQuery;
import io.dynasql.calcite.exec.SqlSession;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a statement whose shape is in the connection's {@link ShapeCache}: its literals are bound
 * to the entry, and it runs as the normal path would have run it (the same GET or plan, the same
 * text in the access report), without parsing, name resolution or planning. Whenever the entry
 * does not settle it beforehand (a value the normal path treats differently, a plan no longer
 * cached), the answer is null and nothing has happened: the caller takes the normal path.
 */
final class ShapeRuns {
  private ShapeRuns() {}

  /** The result of running {@code shape} by {@code entry}, or null when the normal path must run it. */
  static Object run(Executions executions, Call call, LexedShape shape, ShapeEntry entry) throws SQLException {
    if (entry instanceof ShapeEntry.Point p) return point(executions, call, shape, p);
    return lifted(executions, call, shape, (ShapeEntry.Lifted) entry);
  }

  private static Object point(Executions executions, Call call, LexedShape shape, ShapeEntry.Point p) throws SQLException {
    DirectPoint.Found found;
    try {
      found = p.template().bind(keyValue(shape.literals().get(p.pkSlot())),
          p.skSlot() < 0 ? null : keyValue(shape.literals().get(p.skSlot())));
    } catch (RuntimeException e) {
      return null; // the normal path reports it
    }
    return found == null ? null : executions.point(call, p.resolved().apply(shape), found);
  }

  private static Object lifted(Executions executions, Call call, LexedShape shape, ShapeEntry.Lifted e) throws SQLException {
    List<ShapeToken> literals = shape.literals();
    for (Map.Entry<Integer, String> f : e.fixed().entrySet()) {
      if (!shape.text(literals.get(f.getKey())).equals(f.getValue())) return null;
    }
    List<Object> values = new ArrayList<>(e.paramSlots().length);
    for (int slot : e.paramSlots()) {
      ShapeToken t = literals.get(slot);
      values.add(t.kind() == ShapeToken.Kind.STRING ? t.value() : LiteralLifter.number((BigDecimal) t.value()));
    }
    SqlSession session = executions.connection().session();
    PreparedQuery q = session.planned(e.sql());
    Executions.Planned first = q == null ? null : LiteralPlans.bind(q, values);
    if (first == null) return null;
    LiteralLifter.Lifted lifted = new LiteralLifter.Lifted(e.sql(), e.tree(), values, List.of());
    boolean[] used = {false};
    return executions.query(call, e.resolved().apply(shape), () -> {
      if (!used[0]) {
        used[0] = true;
        return first;
      }
      // planned again after a table was replaced under the plan: as the normal path plans it
      Executions.Planned again = LiteralPlans.plan(session, e.sql(), lifted, executions.cancelFlag());
      return again != null ? again
          : new Executions.Planned(StatementTrees.prepare(session, StatementTrees.resolve(session, shape.text()), executions.cancelFlag()),
              new Object[0]);
    });
  }

  /** A key literal as {@link DirectPoint.Template#bind} takes it. */
  private static Object keyValue(ShapeToken t) {
    return switch (t.kind()) {
      case STRING, INTEGER, DECIMAL -> t.value();
      default -> null;
    };
  }
}
