package io.dynasql.engine.store;

import org.agrona.DirectBuffer;
import org.lmdbjava.Txn;

/**
 * One request's writes, run on the writer thread inside a write transaction. It must read what
 * it needs and validate everything before its first write, so that an exception it throws
 * leaves no trace; it may be run again if the map had to grow.
 */
@FunctionalInterface
public interface WriteTask<T> {
  T run(Txn<DirectBuffer> txn);
}
