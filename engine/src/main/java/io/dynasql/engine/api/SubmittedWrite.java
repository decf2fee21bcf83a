package io.dynasql.engine.api;

/**
 * An atomic write handed to the store's writer and not yet waited for
 * ({@link io.dynasql.engine.StatementWrites#submitAtomically}).
 */
@FunctionalInterface
public interface SubmittedWrite {
  /**
   * Waits until the write's commit is durable and returns what it did; throws the write's
   * DynamoDB error (a changed read, a refused item) when it was not applied.
   */
  AtomicWriteResponse await();
}
