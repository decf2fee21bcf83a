package io.dynasql.pushdown;

/**
 * What one access of a final plan is expected to fetch, before it runs: what a statement's
 * budget ({@link FetchBudget}) is compared with at planning.
 *
 * @param what the access as an error names it: {@code source crm, table crm.public.customers} or {@code table orders}
 * @param rows rows (items, for a dynasql table) expected to be fetched
 * @param bytes bytes expected to be fetched
 * @param dollars expected price (0 for an unpriced source)
 */
public record PlannedFetch(String what, double rows, double bytes, double dollars) {
  /** A plan node that can say what it will fetch (a source's access). */
  public interface Estimated {
    PlannedFetch plannedFetch();
  }
}
