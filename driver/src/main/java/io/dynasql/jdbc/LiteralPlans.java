package io.dynasql.jdbc;

import io.dynasql.calcite.exec.BoundValues;
import io.dynasql.calcite.exec.PreparedQuery;
import io.dynasql.calcite.exec.ScanDeniedException;
import io.dynasql.calcite.exec.SqlSession;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The cached plans of statements whose literals were lifted ({@link LiteralLifter}): planned the
 * first time a parameterised text is seen (scan=deny still refuses before reading), then run with
 * the literals bound as parameters.
 */
final class LiteralPlans {
  private LiteralPlans() {}

  /**
   * The plan of {@code lifted} under {@code key} with its values bound; null when the lifted
   * text does not plan, or a value does not fit its parameter's type exactly (21.5 for an
   * INTEGER column): the caller then plans the original text.
   */
  static Executions.Planned plan(SqlSession session, String key, LiteralLifter.Lifted lifted, AtomicBoolean cancel) {
    PreparedQuery q;
    try {
      q = session.cached(key, lifted.tree(), lifted.sql(), cancel);
    } catch (ScanDeniedException e) {
      throw e;
    } catch (RuntimeException e) {
      return null; // a type needs the literal itself: the caller plans the original text
    }
    return bind(q, lifted.values());
  }

  /** {@code q} with {@code values} bound, or null when a value does not fit its parameter's type exactly. */
  static Executions.Planned bind(PreparedQuery q, List<Object> values) {
    if (!LiftedTypes.fit(LiftedTypes.of(q.parameters()), values)) return null;
    BoundValues bound = new BoundValues(q.parameters());
    try {
      for (int i = 0; i < values.size(); i++) bound.site(i + 1).setObject(values.get(i));
      return new Executions.Planned(q, bound.locals());
    } catch (RuntimeException e) {
      return null;
    }
  }
}
