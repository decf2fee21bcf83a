package io.dynasql.pushdown;

import java.util.List;
import java.util.Locale;

/**
 * A statement's limits on what its accesses fetch, from the connection properties
 * {@code maxRowsFetched}, {@code maxBytesFetched} and {@code maxCostUsd} (0: no limit). A plan
 * whose estimate passes a limit is refused before anything is read ({@link #checkPlan}); a
 * statement whose actual rows or bytes pass one is stopped as it reads ({@link AccessReport}).
 *
 * @param maxRows most rows (items) fetched from all accesses together, 0 for no limit
 * @param maxBytes most bytes fetched, 0 for no limit
 * @param maxUsd most dollars the accesses are expected to cost, 0 for no limit
 */
public record FetchBudget(long maxRows, long maxBytes, double maxUsd) {
  /** No limits. */
  public static final FetchBudget NONE = new FetchBudget(0, 0, 0);

  /** Whether any limit is set. */
  public boolean limits() {
    return maxRows > 0 || maxBytes > 0 || maxUsd > 0;
  }

  /** Refuses a plan whose accesses together are expected to fetch or cost more than a limit. */
  public void checkPlan(List<PlannedFetch> fetches) {
    if (!limits() || fetches.isEmpty()) return;
    double rows = 0;
    double bytes = 0;
    double usd = 0;
    for (PlannedFetch f : fetches) {
      rows += f.rows();
      bytes += f.bytes();
      usd += f.dollars();
    }
    if (maxRows > 0 && rows > maxRows) throw refused("fetch " + Math.round(rows) + " rows", "maxRowsFetched=" + maxRows, fetches);
    if (maxBytes > 0 && bytes > maxBytes) {
      throw refused("fetch " + Math.round(bytes) + " bytes", "maxBytesFetched=" + maxBytes, fetches);
    }
    if (maxUsd > 0 && usd > maxUsd) {
      throw refused("cost " + AccessEstimate.twoDigits(usd) + " dollars", "maxCostUsd=" + AccessEstimate.twoDigits(maxUsd), fetches);
    }
  }

  private static FetchBudgetExceededException refused(String estimate, String budget, List<PlannedFetch> fetches) {
    StringBuilder each = new StringBuilder();
    for (PlannedFetch f : fetches) {
      each.append(each.length() == 0 ? "" : "; ").append(f.what()).append(String.format(Locale.ROOT,
          " est_rows=%d est_bytes=%d est_usd=%s", Math.round(f.rows()), Math.round(f.bytes()), AccessEstimate.twoDigits(f.dollars())));
    }
    return new FetchBudgetExceededException("Statement refused before reading: it is estimated to " + estimate
        + ", over the budget " + budget + " (" + each + ")");
  }

  /** Stops a statement that has fetched {@code rows} rows and {@code bytes} bytes, the last of them by {@code what}, when over a limit. */
  void checkActual(long rows, long bytes, String what) {
    if (maxRows > 0 && rows > maxRows) {
      throw new FetchBudgetExceededException("Statement stopped: it fetched " + rows + " rows, over the budget maxRowsFetched="
          + maxRows + " (the last from " + what + ")");
    }
    if (maxBytes > 0 && bytes > maxBytes) {
      throw new FetchBudgetExceededException("Statement stopped: it fetched " + bytes + " bytes, over the budget maxBytesFetched="
          + maxBytes + " (the last from " + what + ")");
    }
  }
}
