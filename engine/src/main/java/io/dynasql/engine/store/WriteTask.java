package io.dynasql.engine.store;

import org.agrona.DirectBuffer;
import org.lmdbjava.Txn;

/**
 * One request's writes, run on the writer thread inside the group's write transaction. It should
 * read what it needs and validate everything before its first write: a DynamoDB error thrown
 * before any write leaves the group's transaction as it was, while one thrown after a write
 * makes the whole group run again without this request (correct, but a wasted run). It may be
 * run more than once (a full map, a neighbour's failure), so it must not change anything outside
 * the transaction, and it must write only through {@link LmdbStore#writes()}.
 */
@FunctionalInterface
public interface WriteTask<T> {
  T run(Txn<DirectBuffer> txn);
}
