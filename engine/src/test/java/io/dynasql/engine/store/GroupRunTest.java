package io.dynasql.engine.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.error.ValidationException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.agrona.DirectBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A group of requests shares one LMDB transaction, yet each is all-or-nothing: a request that
 * fails leaves none of its writes, its neighbours keep theirs, and each caller gets its own
 * outcome.
 */
class GroupRunTest {
  @TempDir Path dir;

  private static final GroupRun.Followers NO_FOLLOWERS = b -> false;

  private final List<GroupCommitter.Pending<?>> batch = new ArrayList<>();

  @Test
  void aRequestThatFailsBeforeWritingIsDroppedAndTheOthersRunOnce() throws Exception {
    try (LmdbStore store = LmdbStore.open(dir, 1 << 20, false)) {
      AtomicInteger firstRuns = new AtomicInteger();
      var first = add(store, "a", firstRuns, false);
      var failing = add(store, "b", new AtomicInteger(), true, false);
      var last = add(store, "c", new AtomicInteger(), false);
      new GroupRun(store, batch, NO_FOLLOWERS).run();

      assertEquals("a", first.get());
      assertEquals("c", last.get());
      assertFailed(failing, "b");
      assertEquals(1, firstRuns.get(), "a clean failure must not make its neighbours run again");
      assertEquals(List.of("a", "c"), stored(store, "a", "b", "c"));
    }
  }

  @Test
  void aRequestThatFailsAfterWritingLeavesNothingAndTheGroupRunsAgainWithoutIt() throws Exception {
    try (LmdbStore store = LmdbStore.open(dir, 1 << 20, false)) {
      AtomicInteger firstRuns = new AtomicInteger();
      AtomicInteger failingRuns = new AtomicInteger();
      var first = add(store, "a", firstRuns, false);
      var failing = add(store, "b", failingRuns, true, true);
      var last = add(store, "c", new AtomicInteger(), false);
      new GroupRun(store, batch, NO_FOLLOWERS).run();

      assertEquals("a", first.get());
      assertEquals("c", last.get());
      assertFailed(failing, "b");
      assertEquals(2, firstRuns.get(), "the transaction holding b's write was aborted and redone");
      assertEquals(1, failingRuns.get(), "a failed request is not run again");
      assertEquals(List.of("a", "c"), stored(store, "a", "b", "c"));
    }
  }

  @Test
  void aGroupLargerThanTheMapGrowsItAndCommitsEverything() throws Exception {
    try (LmdbStore store = LmdbStore.open(dir, 1 << 20, false)) {
      long before = store.mapSize();
      List<CompletableFuture<String>> done = new ArrayList<>();
      for (int i = 0; i < 40; i++) done.add(addLarge(store, "big" + i));
      new GroupRun(store, batch, NO_FOLLOWERS).run();

      for (int i = 0; i < 40; i++) assertEquals("big" + i, done.get(i).get());
      assertTrue(store.mapSize() > before, "map size " + store.mapSize());
      String[] keys = new String[40];
      for (int i = 0; i < 40; i++) keys[i] = "big" + i;
      assertEquals(40, stored(store, keys).size());
    }
  }

  @Test
  void deferredCountersAreWrittenForRequestsThatSucceedAndDroppedForThoseThatFail() throws Exception {
    try (LmdbStore store = LmdbStore.open(dir, 1 << 20, false)) {
      Meta meta = new Meta(store);
      for (int i = 0; i < 3; i++) {
        boolean fail = i == 1;
        batch.add(new GroupCommitter.Pending<String>(txn -> {
          meta.addLater("count/7", 10);
          meta.addLater("count/7", 1);
          if (fail) throw new ValidationException("refused");
          return "ok";
        }, new CompletableFuture<>(), false));
      }
      new GroupRun(store, batch, NO_FOLLOWERS).run();
      assertEquals(22, store.read(txn -> meta.get(txn, "count/7")).longValue());
    }
  }

  @Test
  void piecesAnnouncedByTheOneBeforeRunInTheSameTransactionAndTheFollowersFailAlone() throws Exception {
    try (LmdbStore store = LmdbStore.open(dir, 1 << 20, false)) {
      AtomicInteger firstRuns = new AtomicInteger();
      CompletableFuture<Long> first = txnOf(store, "a", firstRuns, true);
      List<GroupCommitter.Pending<?>> later = new ArrayList<>();
      AtomicInteger laterRuns = new AtomicInteger();
      CompletableFuture<Long> second = txnOf(store, "b", laterRuns, true, later);
      add(store, "x", new AtomicInteger(), true, true);
      GroupCommitter.Pending<?> failing = batch.remove(batch.size() - 1); // fails after its write: a restart
      later.add(failing);
      CompletableFuture<Long> third = txnOf(store, "c", new AtomicInteger(), false, later);
      AtomicInteger asked = new AtomicInteger();
      new GroupRun(store, batch, b -> {
        asked.incrementAndGet();
        if (later.isEmpty()) return false;
        b.addAll(later);
        later.clear();
        return true;
      }).run();

      assertEquals(first.get(), second.get(), "the announced piece shares the first one's transaction");
      assertEquals(first.get(), third.get());
      assertEquals(2, firstRuns.get(), "the follower failing after its write made the group run again, from its first piece");
      assertEquals(List.of("a", "b", "c"), stored(store, "a", "b", "c", "x"));
      assertEquals(1, asked.get(), "asked once, after a: c announced nothing, before or after the restart");
    }
  }

  @Test
  void aGroupAsksForMoreOnlyWhenItsLastRequestAnnouncedIt() throws Exception {
    try (LmdbStore store = LmdbStore.open(dir, 1 << 20, false)) {
      txnOf(store, "a", new AtomicInteger(), true);
      txnOf(store, "b", new AtomicInteger(), false);
      AtomicInteger asked = new AtomicInteger();
      new GroupRun(store, batch, b -> {
        asked.incrementAndGet();
        return false;
      }).run();
      assertEquals(List.of("a", "b"), stored(store, "a", "b"));
      assertEquals(0, asked.get(), "b announced nothing: the group commits without waiting");
    }
  }

  private CompletableFuture<Long> txnOf(LmdbStore store, String key, AtomicInteger runs, boolean moreFollows) {
    return txnOf(store, key, runs, moreFollows, batch);
  }

  /** A request that puts {@code key} and answers the id of the transaction it ran in. */
  private static CompletableFuture<Long> txnOf(LmdbStore store, String key, AtomicInteger runs, boolean moreFollows,
      List<GroupCommitter.Pending<?>> into) {
    CompletableFuture<Long> done = new CompletableFuture<>();
    into.add(new GroupCommitter.Pending<Long>(txn -> {
      runs.incrementAndGet();
      store.writes().put(store.data(), txn, key(key), Scratch.get().view(1, new byte[] {1}));
      return txn.getId();
    }, done, moreFollows));
    return done;
  }

  private CompletableFuture<String> add(LmdbStore store, String key, AtomicInteger runs, boolean fail) {
    return add(store, key, runs, fail, false);
  }

  /** A request that puts {@code key}, failing with a ValidationException before or after the put. */
  private CompletableFuture<String> add(LmdbStore store, String key, AtomicInteger runs, boolean fail, boolean afterWrite) {
    CompletableFuture<String> done = new CompletableFuture<>();
    batch.add(new GroupCommitter.Pending<String>(txn -> {
      runs.incrementAndGet();
      if (fail && !afterWrite) throw new ValidationException("refused " + key);
      store.writes().put(store.data(), txn, key(key), Scratch.get().view(1, new byte[] {1}));
      if (fail) throw new ValidationException("refused " + key);
      return key;
    }, done, false));
    return done;
  }

  /** A request writing 64 KB, so 40 of them overflow a 1 MB map. */
  private CompletableFuture<String> addLarge(LmdbStore store, String key) {
    CompletableFuture<String> done = new CompletableFuture<>();
    batch.add(new GroupCommitter.Pending<String>(txn -> {
      store.writes().put(store.data(), txn, key(key), Scratch.get().view(1, new byte[64 * 1024]));
      return key;
    }, done, false));
    return done;
  }

  private static List<String> stored(LmdbStore store, String... keys) {
    return store.read(txn -> {
      List<String> found = new ArrayList<>();
      for (String k : keys) if (store.data().get(txn, key(k)) != null) found.add(k);
      return found;
    });
  }

  private static void assertFailed(CompletableFuture<String> f, String key) throws InterruptedException {
    try {
      assertNull(f.get(), "expected a failure");
    } catch (ExecutionException e) {
      assertSame(ValidationException.class, e.getCause().getClass());
      assertEquals("refused " + key, e.getCause().getMessage());
    }
  }

  /** LMDB needs keys in direct memory: Scratch copies them there. */
  private static DirectBuffer key(String s) {
    return Scratch.get().view(0, s.getBytes(StandardCharsets.UTF_8));
  }
}
