package io.dynasql.engine.store;

import io.dynasql.engine.error.DynamoException;
import java.util.List;
import org.agrona.DirectBuffer;
import org.lmdbjava.Dbi;
import org.lmdbjava.Env;
import org.lmdbjava.Txn;

/**
 * One group commit: runs a batch of requests in a single LMDB write transaction and completes
 * their callers after the commit.
 *
 * <p>Each request stays all-or-nothing without nested transactions (which LMDB does not allow in
 * a write-mapped environment). A request that fails with a DynamoDB error before its first write
 * (a failed condition, a validation error: the common case, and what {@link WriteTask} asks of
 * every task) left nothing behind, so the others go on in the same transaction. One that fails
 * after writing, or with anything else (an LMDB error can poison the transaction), makes the
 * whole transaction abort, and the group runs again from the start without it. A full map aborts
 * it too; the map grows and the group runs again. Tasks are written to be run again.
 */
final class GroupRun {
  private enum Outcome { DONE, RESTART, MAP_FULL }

  private final LmdbStore store;
  private final List<GroupCommitter.Pending<?>> batch;
  private final Object[] results;
  private final Throwable[] failures;

  GroupRun(LmdbStore store, List<GroupCommitter.Pending<?>> batch) {
    this.store = store;
    this.batch = batch;
    this.results = new Object[batch.size()];
    this.failures = new Throwable[batch.size()];
  }

  /** Runs the group until it commits (or its commit fails), then completes every caller. */
  void run() {
    while (true) {
      Outcome outcome;
      store.writeGate().lock();
      try (Txn<DirectBuffer> txn = store.beginWrite()) {
        outcome = attempt(txn);
        if (outcome == Outcome.DONE) txn.commit();
      } catch (Dbi.MapResizedException e) {
        store.adoptResize(); // another process grew the map: take its size and start again
        continue;
      } catch (Env.MapFullException e) {
        outcome = Outcome.MAP_FULL;
      } catch (RuntimeException e) {
        failAll(e); // the commit itself failed: nothing of this group is durable
        return;
      } finally {
        store.writeGate().unlock();
      }
      if (outcome == Outcome.DONE) {
        completeAll();
        return;
      }
      if (outcome == Outcome.MAP_FULL) store.growMap();
    }
  }

  /** Runs every request not yet known to fail; stops early when the transaction must be redone. */
  private Outcome attempt(Txn<DirectBuffer> txn) {
    Writes writes = store.writes();
    for (int i = 0; i < batch.size(); i++) {
      if (failures[i] != null) continue;
      long before = writes.count();
      try {
        results[i] = batch.get(i).task().run(txn);
        writes.endRequest(txn);
      } catch (Env.MapFullException full) {
        writes.abandonRequest();
        return Outcome.MAP_FULL;
      } catch (RuntimeException | Error e) {
        writes.abandonRequest();
        failures[i] = e;
        boolean clean = e instanceof DynamoException && writes.count() == before;
        if (!clean) return Outcome.RESTART;
      }
    }
    return Outcome.DONE;
  }

  private void completeAll() {
    for (int i = 0; i < batch.size(); i++) {
      if (failures[i] != null) batch.get(i).done().completeExceptionally(failures[i]);
      else complete(batch.get(i), results[i]);
    }
  }

  private void failAll(RuntimeException commitFailure) {
    for (int i = 0; i < batch.size(); i++) {
      batch.get(i).done().completeExceptionally(failures[i] != null ? failures[i] : commitFailure);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> void complete(GroupCommitter.Pending<T> p, Object result) {
    p.done().complete((T) result);
  }
}
