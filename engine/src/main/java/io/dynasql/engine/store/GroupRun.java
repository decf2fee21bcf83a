package io.dynasql.engine.store;

import io.dynasql.engine.error.DynamoException;
import java.util.ArrayList;
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
 *
 * <p>A group whose last request announces another piece asks its {@link Followers} for more once
 * everything in it has run, and runs what arrives in the same transaction before committing.
 */
final class GroupRun {
  private enum Outcome { DONE, RESTART, MAP_FULL }

  /** Waits briefly for the piece the group's last request announced, appending what arrives; false when nothing did. */
  @FunctionalInterface
  interface Followers {
    boolean gather(List<GroupCommitter.Pending<?>> batch);
  }

  private final LmdbStore store;
  private final List<GroupCommitter.Pending<?>> batch;
  private final Followers followers;
  private final List<Object> results = new ArrayList<>();
  private final List<Throwable> failures = new ArrayList<>();

  GroupRun(LmdbStore store, List<GroupCommitter.Pending<?>> batch, Followers followers) {
    this.store = store;
    this.batch = batch;
    this.followers = followers;
    grow();
  }

  /** One result and failure slot per request, including those gathered since. */
  private void grow() {
    while (results.size() < batch.size()) {
      results.add(null);
      failures.add(null);
    }
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
    for (int i = 0; i < batch.size() || announced() && followers.gather(batch) && grow(i); i++) {
      if (failures.get(i) != null) continue;
      long before = writes.count();
      try {
        results.set(i, batch.get(i).task().run(txn));
        writes.endRequest(txn);
      } catch (Env.MapFullException full) {
        writes.abandonRequest();
        return Outcome.MAP_FULL;
      } catch (RuntimeException | Error e) {
        writes.abandonRequest();
        failures.set(i, e);
        boolean clean = e instanceof DynamoException && writes.count() == before;
        if (!clean) return Outcome.RESTART;
      }
    }
    return Outcome.DONE;
  }

  /** Whether the last request said the same caller has another piece coming. */
  private boolean announced() {
    return batch.get(batch.size() - 1).moreFollows();
  }

  /** Makes room for the requests just gathered; true, so the loop goes on at {@code next}. */
  private boolean grow(int next) {
    grow();
    return next < batch.size();
  }

  private void completeAll() {
    for (int i = 0; i < batch.size(); i++) {
      if (failures.get(i) != null) batch.get(i).done().completeExceptionally(failures.get(i));
      else complete(batch.get(i), results.get(i));
    }
  }

  private void failAll(RuntimeException commitFailure) {
    for (int i = 0; i < batch.size(); i++) {
      batch.get(i).done().completeExceptionally(failures.get(i) != null ? failures.get(i) : commitFailure);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> void complete(GroupCommitter.Pending<T> p, Object result) {
    p.done().complete((T) result);
  }
}
