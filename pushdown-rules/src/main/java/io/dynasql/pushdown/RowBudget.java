package io.dynasql.pushdown;

/**
 * How many items each Query or Scan call of a limited access asks the store for (DynamoDB's
 * {@code Limit}), so that the access reads no more than its rows need: a call evaluates at most
 * {@code Limit} items and is charged only for those
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.Other.html#Query.Limit).
 *
 * <p>Without a filter every item evaluated is a row, so each call asks for exactly the rows still
 * wanted and the read stops once they came. With a filter the store evaluates {@code Limit}
 * items and returns those that pass, so fewer may come back: the next call asks for the rows
 * still wanted scaled by how many items each passing row took so far (twice the last call's
 * Limit while none passed), trading a few extra items read for fewer calls, each of which is
 * rounded up to a whole read unit. An unlimited access asks for full 1 MB pages.
 */
final class RowBudget {
  /** Rows the access must produce, or null for all of them. */
  private final Integer wanted;
  private final boolean filtered;
  private long passed;
  private long evaluated;
  private long lastLimit;

  private RowBudget(Integer wanted, boolean filtered) {
    this.wanted = wanted;
    this.filtered = filtered;
  }

  /** The budget of an access producing at most {@code wanted} rows (null: all), with or without a store filter. */
  static RowBudget of(Integer wanted, boolean filtered) {
    return new RowBudget(wanted, filtered);
  }

  /** Whether every wanted row has come: no further call is needed. */
  boolean met() {
    return wanted != null && passed >= wanted;
  }

  /** The Limit of the next call, or null for a full page. */
  Integer nextLimit() {
    if (wanted == null) return null;
    long left = wanted - passed;
    long limit;
    if (!filtered || evaluated == 0) {
      limit = left;
    } else if (passed == 0) {
      limit = lastLimit * 2;
    } else {
      limit = (long) Math.min(Long.MAX_VALUE, Math.ceil((double) left * evaluated / passed));
    }
    lastLimit = Math.max(1, Math.min(Integer.MAX_VALUE, limit));
    return (int) lastLimit;
  }

  /** Records what a call evaluated and how many of those items passed the filter. */
  void spent(long itemsEvaluated, long itemsPassed) {
    evaluated += itemsEvaluated;
    passed += itemsPassed;
  }
}
