package io.dynasql.pushdown;

import java.util.List;
import java.util.Locale;
import org.apache.calcite.rel.hint.HintPredicates;
import org.apache.calcite.rel.hint.HintStrategyTable;
import org.apache.calcite.rel.hint.RelHint;

/**
 * dynasql's index hints, written with Calcite's own hint syntax and carried as {@link RelHint}s
 * to the table access they name: {@code SELECT /*+ INDEX(orders, byStatus) *}{@code /} forces an
 * index of a table, {@code SELECT /*+ NO_INDEX(orders) *}{@code /} forbids its secondary indexes.
 * Calcite's parser reads them (a hint-like text inside a string literal stays text), its converter
 * attaches a query block's hints to the table accesses below it ({@link #STRATEGIES}), and the
 * rule that chooses an access reads those of its table. A table is named as in the catalog,
 * ignoring case.
 *
 * @param forced the index forced for the table, or null
 * @param forbidden whether secondary indexes are forbidden for the table
 */
public record AccessHints(String forced, boolean forbidden) {
  /** Forces an index: {@code INDEX(table, index)}. */
  public static final String INDEX = "INDEX";
  /** Forbids secondary indexes: {@code NO_INDEX(table)}. */
  public static final String NO_INDEX = "NO_INDEX";

  /** Where the hints go: to every table access of the query block they are written in. */
  public static final HintStrategyTable STRATEGIES = HintStrategyTable.builder()
      .hintStrategy(INDEX, HintPredicates.TABLE_SCAN)
      .hintStrategy(NO_INDEX, HintPredicates.TABLE_SCAN)
      .build();

  /** No hint for the table. */
  public static final AccessHints NONE = new AccessHints(null, false);

  /** The hints among {@code hints} that name {@code table}. */
  public static AccessHints of(List<RelHint> hints, String table) {
    String forced = null;
    boolean forbidden = false;
    for (RelHint h : hints) {
      List<String> o = h.listOptions;
      String name = h.hintName.toUpperCase(Locale.ROOT);
      if (name.equals(INDEX) && o.size() == 2 && o.get(0).equalsIgnoreCase(table)) forced = o.get(1);
      if (name.equals(NO_INDEX) && o.size() == 1 && o.get(0).equalsIgnoreCase(table)) forbidden = true;
    }
    return forced == null && !forbidden ? NONE : new AccessHints(forced, forbidden);
  }
}
