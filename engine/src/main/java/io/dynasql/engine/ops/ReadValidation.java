package io.dynasql.engine.ops;

import io.dynasql.engine.api.ReadSet;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.codec.SizedItem;
import io.dynasql.engine.error.ResourceNotFoundException;
import io.dynasql.engine.error.TransactionConflictException;
import org.agrona.DirectBuffer;
import org.lmdbjava.Txn;

/**
 * Checks, inside the writer's transaction, that every item a {@link ReadSet} holds still has the
 * version it was read at: the first-committer-wins test of optimistic concurrency. Since LMDB
 * has one writer, nothing can change between this check and the writes that follow it in the
 * same transaction.
 */
final class ReadValidation {
  private final Engine engine;

  ReadValidation(Engine engine) {
    this.engine = engine;
  }

  /** Throws {@link TransactionConflictException} naming the first item that changed. */
  void check(Txn<DirectBuffer> txn, ReadSet reads) {
    if (reads.overflowed()) {
      throw new TransactionConflictException("The transaction read more than " + reads.size()
          + " items, more than can be checked for changes at commit; commit in smaller transactions");
    }
    String lastTable = null;
    TableDescriptor t = null;
    for (ReadSet.Entry e : reads.entries()) {
      if (!e.table().equals(lastTable)) {
        lastTable = e.table();
        try {
          t = engine.catalog().table(txn, e.table());
        } catch (ResourceNotFoundException gone) {
          throw new TransactionConflictException("Table " + e.table() + " was dropped after the item with key "
              + e.key() + " was read from it", gone);
        }
      }
      SizedItem now = engine.items().getSized(txn, t, e.key());
      long version = now == null ? ReadSet.ABSENT : now.version();
      if (version != e.version()) {
        throw new TransactionConflictException("The item with key " + e.key() + " in table " + e.table() + " was "
            + (now == null ? "deleted" : e.version() == ReadSet.ABSENT ? "inserted" : "changed")
            + " by another writer after it was read");
      }
    }
  }
}
