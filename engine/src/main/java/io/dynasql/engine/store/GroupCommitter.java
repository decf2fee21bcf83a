package io.dynasql.engine.store;

import io.dynasql.engine.error.DynamoException;
import io.dynasql.engine.error.InternalServerError;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.agrona.DirectBuffer;
import org.lmdbjava.Env;
import org.lmdbjava.Txn;

/**
 * LMDB has one writer: every write request is queued here and run by one thread, which groups
 * the requests waiting at that moment into a single LMDB write transaction and one commit (one
 * fsync). Each request still runs in its own nested transaction, so a request that fails is
 * rolled back alone and its neighbours commit. A caller returns only after the commit that holds
 * its writes, so an acknowledged write survives kill -9.
 */
public final class GroupCommitter implements AutoCloseable {
  /** Most requests in one commit: bounds the latency a request waits behind its batch. */
  private static final int MAX_BATCH = 256;

  private record Pending<T>(WriteTask<T> task, CompletableFuture<T> done) {}

  private final LmdbStore store;
  private final LinkedBlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();
  private final Thread writer;
  private volatile boolean closing;

  public GroupCommitter(LmdbStore store) {
    this.store = store;
    this.writer = new Thread(this::loop, "dynasql-writer-" + store.directory().getFileName());
    this.writer.setDaemon(true);
    this.writer.start();
  }

  /** Runs {@code task} in the next group commit and waits until that commit is durable. */
  public <T> T submit(WriteTask<T> task) {
    if (closing) throw new InternalServerError("Database " + store.directory() + " is closed");
    CompletableFuture<T> done = new CompletableFuture<>();
    queue.add(new Pending<>(task, done));
    try {
      return done.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InternalServerError("Interrupted while waiting for commit", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof DynamoException d) throw d;
      if (cause instanceof Error err) throw err;
      throw new InternalServerError("Write failed: " + cause, cause);
    }
  }

  private void loop() {
    List<Pending<?>> batch = new ArrayList<>();
    while (true) {
      try {
        Pending<?> first = queue.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) {
          if (closing && queue.isEmpty()) return;
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, MAX_BATCH - 1);
        runBatch(batch);
      } catch (InterruptedException e) {
        return;
      } catch (Throwable t) {
        for (Pending<?> p : batch) p.done().completeExceptionally(t);
      } finally {
        batch.clear();
      }
    }
  }

  private void runBatch(List<Pending<?>> batch) {
    int from = 0;
    while (from < batch.size()) {
      int next = runSome(batch, from);
      if (next < batch.size()) store.growMap();
      from = next;
    }
  }

  /** Runs requests from {@code from} in one transaction; returns where the map filled up. */
  private int runSome(List<Pending<?>> batch, int from) {
    List<Runnable> completions = new ArrayList<>();
    int i = from;
    store.writeGate().lock();
    try (Txn<DirectBuffer> txn = store.beginWrite()) {
      for (; i < batch.size(); i++) {
        if (!runOne(txn, batch.get(i), completions)) break;
      }
      txn.commit();
    } catch (org.lmdbjava.Dbi.MapResizedException e) {
      store.adoptResize(); // another process grew the map: take its size and start again
      return runSome(batch, from);
    } catch (Env.MapFullException e) {
      return from; // nothing committed: grow the map and run these requests again
    } catch (RuntimeException e) {
      // The commit itself failed: nothing of this batch is durable, and nothing later runs.
      for (int j = from; j < batch.size(); j++) batch.get(j).done().completeExceptionally(e);
      return batch.size();
    } finally {
      store.writeGate().unlock();
    }
    completions.forEach(Runnable::run);
    return i;
  }

  /** Runs one request in a nested transaction; false when the map is full (retry after growing). */
  private <T> boolean runOne(Txn<DirectBuffer> parent, Pending<T> p, List<Runnable> completions) {
    Env<DirectBuffer> env = store.env();
    try (Txn<DirectBuffer> child = env.txn(parent)) {
      T result;
      try {
        result = p.task().run(child);
      } catch (Env.MapFullException full) {
        return false;
      } catch (RuntimeException | Error e) {
        completions.add(() -> p.done().completeExceptionally(e));
        return true; // child aborts on close
      }
      child.commit();
      completions.add(() -> p.done().complete(result));
      return true;
    } catch (Env.MapFullException full) {
      return false;
    }
  }

  @Override
  public void close() {
    closing = true;
    try {
      writer.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
