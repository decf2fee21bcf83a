package io.dynasql.federation.plan;

import io.dynasql.federation.schema.RemoteColumn;
import io.dynasql.pushdown.AccessReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.linq4j.Linq4j;

/**
 * Executes a {@link RemoteLookupJoin} for generated code: reads every outer row, sends their
 * distinct non-null keys to the source in batches of {@code IN (?, ...)} (row values for keys of
 * several columns) ({@link RemoteBatches}
 * keeps the one REMOTE_SQL label of all of them), and joins each outer row with the found rows
 * equal to it on every equi-join pair, compared as SQL values.
 */
public final class RemoteLookupRunner {
  private RemoteLookupRunner() {}

  /** Called by the code {@link RemoteLookupJoin} generates; {@code outer} holds rows (or single values when scalar). */
  public static Enumerable<Object> join(Enumerable<?> outer, RemoteLookupSpec spec, boolean outerScalar, boolean scalar,
      DataContext root) {
    return new AbstractEnumerable<>() {
      @Override
      public Enumerator<Object> enumerator() {
        List<Object[]> rows = new ArrayList<>();
        for (Object o : io.dynasql.pushdown.CancelChecks.checked(outer, root)) {
          rows.add(outerScalar ? new Object[] {o} : (Object[]) o);
        }
        Map<List<Object>, List<Object[]>> found = index(spec, RemoteBatches.read(spec, keys(spec, rows), root, AccessReport.of(root)));
        List<Object> out = new ArrayList<>();
        for (Object[] row : rows) {
          List<Object> key = normal(row, spec.outerKeyFields());
          join(spec, row, key == null ? List.of() : found.getOrDefault(key, List.of()), scalar, out);
        }
        return Linq4j.enumerator(out);
      }
    };
  }

  /**
   * The distinct keys to send, each value in its column's JDBC type: none with a NULL (it equals
   * nothing), none with a value no remote value equals.
   */
  private static List<List<Object>> keys(RemoteLookupSpec spec, List<Object[]> rows) {
    List<RemoteColumn> columns = spec.keyColumns().stream().map(c -> spec.inner().table().columns().get(c)).toList();
    List<Integer> fields = spec.outerKeyFields();
    Set<List<Object>> keys = new LinkedHashSet<>();
    for (Object[] row : rows) {
      List<Object> key = new ArrayList<>(fields.size());
      for (int i = 0; i < fields.size(); i++) {
        Object k = RemoteKeys.parameter(row[fields.get(i)], columns.get(i));
        if (k == null) break;
        key.add(k);
      }
      if (key.size() == fields.size()) keys.add(key);
    }
    return new ArrayList<>(keys);
  }

  /** The found rows by their key, in the {@link RemoteKeys#normal} form outer keys are looked up in. */
  private static Map<List<Object>, List<Object[]>> index(RemoteLookupSpec spec, List<Object[]> found) {
    List<Integer> fields = spec.keyPairs().stream().map(k -> spec.pairs().get(k).innerField()).toList();
    Map<List<Object>, List<Object[]>> out = new HashMap<>();
    for (Object[] row : found) {
      List<Object> key = normal(row, fields);
      if (key != null) out.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
    }
    return out;
  }

  /** The values of {@code fields} of {@code row}, normalised, or null when one is NULL. */
  private static List<Object> normal(Object[] row, List<Integer> fields) {
    List<Object> key = new ArrayList<>(fields.size());
    for (int f : fields) {
      if (row[f] == null) return null;
      key.add(RemoteKeys.normal(row[f]));
    }
    return key;
  }

  /** Adds the joined rows of one outer row to {@code out}, as the join type says. */
  private static void join(RemoteLookupSpec spec, Object[] row, List<Object[]> candidates, boolean scalar, List<Object> out) {
    boolean matched = false;
    for (Object[] inner : candidates) {
      if (!equalOnEveryPair(spec, row, inner)) continue;
      matched = true;
      if (!spec.carriesInner()) break;
      out.add(joined(row, inner, scalar));
    }
    switch (spec.type()) {
      case LEFT -> { if (!matched) out.add(joined(row, new Object[spec.inner().fields().size()], scalar)); }
      case SEMI -> { if (matched) out.add(scalar ? row[0] : row); }
      default -> { }
    }
  }

  private static boolean equalOnEveryPair(RemoteLookupSpec spec, Object[] row, Object[] inner) {
    for (RemoteLookupSpec.Pair p : spec.pairs()) {
      Object o = row[p.outerField()];
      Object i = inner[p.innerField()];
      if (o == null || i == null || !RemoteKeys.normal(o).equals(RemoteKeys.normal(i))) return false;
    }
    return true;
  }

  private static Object joined(Object[] row, Object[] inner, boolean scalar) {
    Object[] out = new Object[row.length + inner.length];
    System.arraycopy(row, 0, out, 0, row.length);
    System.arraycopy(inner, 0, out, row.length, inner.length);
    return scalar ? out[0] : out;
  }
}
