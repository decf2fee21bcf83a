package io.dynasql.engine.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.error.InternalServerError;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import org.agrona.DirectBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmdbjava.Txn;

/** {@link LmdbStore#read} reuses read transactions without leaking reader slots or snapshots. */
class ReadTxnsTest {
  @TempDir Path dir;

  @Test
  void threadsThatComeAndGoDoNotUseUpReaderSlots() throws Exception {
    try (LmdbStore store = LmdbStore.open(dir, 1 << 20, false)) {
      for (int i = 0; i < 100; i++) {
        Thread t = new Thread(() -> store.read(txn -> store.data().get(txn, key("x"))));
        t.start();
        t.join();
      }
      assertTrue(store.env().info().numReaders <= 2, "reader slots used: " + store.env().info().numReaders);
    }
  }

  @Test
  void moreConcurrentReadersThanKeptTransactionsFreeTheRestAndTheirSlots() throws Exception {
    try (LmdbStore store = LmdbStore.open(dir, 1 << 20, false)) {
      int threads = 48;
      for (int wave = 0; wave < 2; wave++) assertEquals(List.of(), readTogether(store, threads));
      // Transactions beyond those kept are freed with their reader slots, so the second wave
      // found free slots instead of claiming new ones.
      assertTrue(store.env().info().numReaders <= threads + 2, "reader slots used: " + store.env().info().numReaders);
    }
  }

  /** {@code threads} threads that all hold a read transaction at once, then read 20 more times. */
  private static List<Throwable> readTogether(LmdbStore store, int threads) throws InterruptedException {
    CyclicBarrier together = new CyclicBarrier(threads);
    List<Thread> all = new ArrayList<>();
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < threads; i++) {
      Thread t = new Thread(() -> {
        try {
          for (int round = 0; round < 20; round++) {
            boolean first = round == 0;
            store.read(txn -> {
              await(together, first);
              return store.data().get(txn, key("x"));
            });
          }
        } catch (Throwable e) {
          failures.add(e);
        }
      });
      all.add(t);
      t.start();
    }
    for (Thread t : all) t.join();
    return failures;
  }

  @Test
  void nestedReadsGetTheirOwnTransactionAndAFailedBodyLeavesReadsWorking() {
    try (LmdbStore store = LmdbStore.open(dir, 1 << 20, false)) {
      store.read(outer -> {
        Txn<DirectBuffer> inner = store.read(t -> t);
        assertNotSame(outer, inner);
        return null;
      });
      assertThrows(IllegalStateException.class, () -> store.read(txn -> {
        throw new IllegalStateException("body failed");
      }));
      assertNull(store.read(txn -> store.data().get(txn, key("x"))));
    }
  }

  @Test
  void readsSeeWritesCommittedAfterTheMapGrewAndFailOnceClosed() {
    LmdbStore store = LmdbStore.open(dir, 1 << 20, false);
    store.read(txn -> store.data().get(txn, key("x"))); // leaves an idle transaction behind
    store.growMap();
    try (Txn<DirectBuffer> w = store.beginWrite()) {
      store.data().put(w, key("x"), Scratch.get().view(1, "value".getBytes(StandardCharsets.UTF_8)));
      w.commit();
    }
    assertEquals("value", store.read(txn -> string(store.data().get(txn, key("x")))));
    store.close();
    assertThrows(InternalServerError.class, () -> store.read(txn -> null));
  }

  private static void await(CyclicBarrier barrier, boolean wait) {
    if (!wait) return;
    try {
      barrier.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static DirectBuffer key(String s) {
    return Scratch.get().view(0, s.getBytes(StandardCharsets.UTF_8));
  }

  private static String string(DirectBuffer b) {
    return new String(Scratch.toArray(b), StandardCharsets.UTF_8);
  }
}
