package io.dynasql.engine.api;

import java.util.List;

/**
 * An internal all-or-nothing write of any number of actions, for the SQL layer: one SQL
 * statement is one atomic write, however many rows it touches. Unlike TransactWriteItems it has
 * no 100-action or 4 MB limit (each item is still limited to 400 KB), it can skip actions
 * whose condition fails instead of cancelling everything, and it can require that the items a
 * statement read are unchanged.
 *
 * @param actions puts, updates, deletes and condition checks on distinct items
 * @param priceAsTransaction charge twice the plain units, as TransactWriteItems does; a
 *     one-item write priced like PutItem / UpdateItem / DeleteItem passes false
 * @param skipFailedConditions an action whose condition is false is left out (and still
 *     charged, as DynamoDB charges a failed conditional write) rather than cancelling the write
 * @param expected items that must still have the version recorded (absent ones still absent),
 *     or null; otherwise nothing is written and the write fails with
 *     {@link io.dynasql.engine.error.TransactionConflictException} naming the first changed item
 */
public record AtomicWriteRequest(List<TransactWriteItem> actions, boolean priceAsTransaction,
    boolean skipFailedConditions, ReadSet expected) {
  public AtomicWriteRequest {
    actions = List.copyOf(actions);
  }

  /** All actions or none: any failed condition cancels the whole write. */
  public static AtomicWriteRequest allOrNothing(List<TransactWriteItem> actions, boolean priceAsTransaction) {
    return new AtomicWriteRequest(actions, priceAsTransaction, false, null);
  }

  /** Actions whose condition fails are skipped; the others are applied together. */
  public static AtomicWriteRequest skippingFailedConditions(List<TransactWriteItem> actions, boolean priceAsTransaction) {
    return new AtomicWriteRequest(actions, priceAsTransaction, true, null);
  }

  /** The same write, applied only if every item in {@code reads} still has the version read. */
  public AtomicWriteRequest expecting(ReadSet reads) {
    return new AtomicWriteRequest(actions, priceAsTransaction, skipFailedConditions, reads);
  }
}
