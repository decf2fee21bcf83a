package io.dynasql.jdbc;

import io.dynasql.pushdown.AccessReport;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.apache.calcite.runtime.Hook;

/**
 * The cached plans of statements whose literals were lifted ({@link LiteralLifter}): planned the
 * first time a parameterised text is seen (under the plan inspector, so scan=deny still refuses
 * before reading), then lent from the connection's {@link PlanPool} with the literals bound.
 */
final class LiteralPlans {
  private LiteralPlans() {}

  /** A plan of {@code liftedSql}, planning it if none is idle; null when the lifted text does not plan. */
  static PlanPool.Plan checkout(ConnectionHandler connection, String key, String liftedSql) throws SQLException {
    PlanPool.Plan plan = connection.plans().checkout(key);
    if (plan != null) return plan;
    AccessReport planning = new AccessReport();
    try (Hook.Closeable h = PlanInspector.install(connection.denyScans(), planning)) {
      PreparedStatement ps = connection.planned(() -> connection.calcite().prepareStatement(liftedSql));
      return new PlanPool.Plan(key, ps, planning.farFromData(), LiftedTypes.of(ps.getParameterMetaData()));
    } catch (SQLException | RuntimeException e) {
      SQLException mapped = SqlStates.of(e);
      if (mapped.getCause() instanceof ScanDeniedException || e instanceof ScanDeniedException) throw mapped;
      return null; // a type needs the literal itself: the caller plans the original text
    }
  }

  /**
   * Binds {@code values} to the plan's parameters; false (the plan back in the pool) when one does
   * not fit its parameter's type (21.5 for an INTEGER column) or cannot be bound.
   */
  static boolean bind(ConnectionHandler connection, PlanPool.Plan plan, List<Object> values) {
    if (LiftedTypes.fit(plan.params(), values)) {
      try {
        for (int i = 0; i < values.size(); i++) plan.statement().setObject(i + 1, values.get(i));
        return true;
      } catch (SQLException | RuntimeException e) {
        // fall through: the caller plans the original text
      }
    }
    connection.plans().checkin(plan);
    return false;
  }
}
