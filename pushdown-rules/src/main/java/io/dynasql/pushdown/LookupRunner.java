package io.dynasql.pushdown;

import io.dynasql.engine.model.AttributeValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.linq4j.Linq4j;

/**
 * Executes a {@link DynamoLookupJoin} for generated code: reads every outer row, looks their
 * distinct keys up in the inner table ({@link LookupReads}), and joins each outer row with the
 * found items whose columns equal it on every equi-join pair, compared as SQL values.
 */
public final class LookupRunner {
  private LookupRunner() {}

  /** Called by the code {@link DynamoLookupJoin} generates; {@code outer} holds rows (or single values when scalar). */
  public static Enumerable<Object> join(Enumerable<?> outer, LookupSpec spec, boolean outerScalar, boolean scalar,
      DataContext root) {
    return new AbstractEnumerable<>() {
      @Override
      public Enumerator<Object> enumerator() {
        AtomicBoolean cancel = DataContext.Variable.CANCEL_FLAG.get(root);
        AccessReport report = AccessReport.of(root);
        List<Object[]> rows = new ArrayList<>();
        for (Object o : outer) {
          StatementCanceledException.check(cancel);
          rows.add(outerScalar ? new Object[] {o} : (Object[]) o);
        }
        Map<List<Object>, List<Object[]>> found = index(spec, LookupReads.read(spec, rows, root, report, cancel), report);
        List<Object> out = new ArrayList<>();
        for (Object[] row : rows) join(spec, row, found.getOrDefault(key(spec, row), List.of()), scalar, out);
        return Linq4j.enumerator(out);
      }
    };
  }

  /**
   * Each found item as SQL values: first its side of every pair, then the columns the join
   * returns; grouped by its side of the lookup key.
   */
  private static Map<List<Object>, List<Object[]>> index(LookupSpec spec, List<Map<String, AttributeValue>> items,
      AccessReport report) {
    Map<List<Object>, List<Object[]>> out = new HashMap<>();
    int pairs = spec.pairs().size();
    for (Map<String, AttributeValue> item : items) {
      Object[] values = new Object[pairs + spec.innerFields().length];
      for (int i = 0; i < pairs; i++) values[i] = spec.source().toSql(item, spec.pairs().get(i).innerField(), null);
      for (int i = 0; i < spec.innerFields().length; i++) {
        values[pairs + i] = spec.source().toSql(item, spec.innerFields()[i], report);
      }
      List<Object> key = new ArrayList<>();
      for (LookupKey k : spec.path().keys()) key.add(normal(values[spec.pairs().indexOf(k)]));
      out.computeIfAbsent(key, k -> new ArrayList<>()).add(values);
    }
    return out;
  }

  /** The outer row's side of the lookup key, as {@link #index} groups items. */
  private static List<Object> key(LookupSpec spec, Object[] row) {
    List<Object> key = new ArrayList<>();
    for (LookupKey k : spec.path().keys()) key.add(normal(row[k.outerField()]));
    return key;
  }

  /** Adds the joined rows of one outer row to {@code out}, as the join type says. */
  private static void join(LookupSpec spec, Object[] row, List<Object[]> candidates, boolean scalar, List<Object> out) {
    boolean matched = false;
    for (Object[] inner : candidates) {
      if (!equalOnEveryPair(spec, row, inner)) continue;
      matched = true;
      if (!spec.carriesInner()) break;
      out.add(joined(spec, row, inner, scalar));
    }
    switch (spec.type()) {
      case LEFT -> { if (!matched) out.add(joined(spec, row, null, scalar)); }
      case SEMI -> { if (matched) out.add(scalar ? row[0] : row); }
      default -> { }
    }
  }

  private static boolean equalOnEveryPair(LookupSpec spec, Object[] row, Object[] inner) {
    for (int i = 0; i < spec.pairs().size(); i++) {
      Object o = row[spec.pairs().get(i).outerField()];
      if (o == null || inner[i] == null || !normal(o).equals(normal(inner[i]))) return false;
    }
    return true;
  }

  /** The outer row followed by the inner columns (NULLs for a LEFT join's unmatched row). */
  private static Object joined(LookupSpec spec, Object[] row, Object[] inner, boolean scalar) {
    int pairs = spec.pairs().size();
    Object[] out = new Object[row.length + spec.innerFields().length];
    System.arraycopy(row, 0, out, 0, row.length);
    if (inner != null) System.arraycopy(inner, pairs, out, row.length, spec.innerFields().length);
    return scalar ? out[0] : out;
  }

  /** SQL values that are equal compare equal as map keys: exact numbers of any Java type, scale ignored. */
  private static Object normal(Object v) {
    if (v instanceof BigDecimal d) return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
    if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return normal(BigDecimal.valueOf(((Number) v).longValue()));
    }
    return v;
  }
}
