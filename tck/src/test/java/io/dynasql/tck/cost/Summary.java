package io.dynasql.tck.cost;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The suite's before/after-style table: per shape, what SQL labelled against the cheapest calls. */
final class Summary {
  private Summary() {}

  /** One statement's label and its cheapest calls' units. */
  record Row(CostCase c, Units label, Units cheapest) {
    double labelTotal() {
      return label.totalRead() + label.totalWrite();
    }

    double cheapestTotal() {
      return cheapest.totalRead() + cheapest.totalWrite();
    }

    /** More than 10% over the cheapest calls. */
    boolean over() {
      return labelTotal() > cheapestTotal() * 1.1 + 1e-9;
    }
  }

  static String table(List<Row> rows) {
    Map<String, double[]> byShape = new LinkedHashMap<>();
    for (Row r : rows) {
      double[] t = byShape.computeIfAbsent(r.c().shape(), k -> new double[4]);
      t[0]++;
      t[1] += r.labelTotal();
      t[2] += r.cheapestTotal();
      t[3] = Math.max(t[3], r.cheapestTotal() == 0 ? 0 : r.labelTotal() / r.cheapestTotal());
    }
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%n%-36s %5s %12s %12s %7s %9s  %s%n",
        "statement shape", "stmts", "SQL label", "cheapest", "ratio", "max ratio", "known excess"));
    byShape.forEach((shape, t) -> sb.append(String.format(Locale.ROOT, "%-36s %5.0f %12.1f %12.1f %7.2f %9.2f  %s%n",
        shape, t[0], t[1], t[2], t[2] == 0 ? 0 : t[1] / t[2], t[3], KnownExcess.reason(shape) == null ? "" : KnownExcess.reason(shape))));
    sb.append(String.format(Locale.ROOT, "%d statements; units are read + write request units, summed per shape%n", rows.size()));
    for (Row r : rows) {
      if (!r.label().sameAs(r.cheapest())) sb.append("  differs: ").append(r.c()).append("\n    label ").append(r.label())
          .append("\n    calls ").append(r.cheapest()).append('\n');
    }
    return sb.toString();
  }
}
