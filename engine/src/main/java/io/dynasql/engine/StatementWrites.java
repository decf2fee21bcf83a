package io.dynasql.engine;

import io.dynasql.engine.api.AtomicWriteRequest;
import io.dynasql.engine.api.AtomicWriteResponse;
import io.dynasql.engine.api.SubmittedWrite;
import io.dynasql.engine.api.TransactWriteItem;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.ops.TransactionOperations;
import java.util.Map;

/**
 * The writes of a SQL statement, which are not DynamoDB operations: a statement's rows written all
 * or nothing with TransactWriteItems' semantics but none of its limits on the number of actions or
 * their size, the same queued without waiting (a JDBC batch's pieces), and the item an action would
 * leave (a transaction reading its own pending writes). {@link Database#statementWrites()} hands
 * out the database's one instance; it is thread-safe as the database is.
 */
public final class StatementWrites {
  private final TransactionOperations transactions;

  StatementWrites(TransactionOperations transactions) {
    this.transactions = transactions;
  }

  /** The SQL layer's all-or-nothing write of one statement's rows. */
  public AtomicWriteResponse writeAtomically(AtomicWriteRequest r) {
    return transactions.writeAtomically(r);
  }

  /**
   * {@link #writeAtomically} without waiting. The actions are validated now (a refused one throws
   * here, nothing queued); the write is queued for the store's writer and
   * {@link SubmittedWrite#await} waits for its durable commit. Writes submitted by one thread are
   * applied in the order submitted, each all-or-nothing on its own. With {@code moreFollows} the
   * writer keeps the commit open briefly for this caller's next piece, so that a large write split
   * into pieces is applied piece by piece while the caller prepares the next, and still costs one
   * commit: the SQL layer's JDBC batches use it.
   */
  public SubmittedWrite submitAtomically(AtomicWriteRequest r, boolean moreFollows) {
    return transactions.submitAtomically(r, moreFollows);
  }

  /**
   * The item {@code action} (a put, update, delete or check) would leave when applied to
   * {@code current} (null for no item), or null when it deletes it. Its condition is checked
   * ({@link io.dynasql.engine.error.ConditionalCheckFailedException}) and the new item validated as
   * the write would; nothing is read or written. The SQL layer keeps a transaction's pending writes
   * as the items they produce, so the transaction reads its own writes.
   */
  public Map<String, AttributeValue> preview(TransactWriteItem action, Map<String, AttributeValue> current) {
    return transactions.preview(action, current);
  }
}
