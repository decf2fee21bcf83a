package io.dynasql.engine.store;

import io.dynasql.engine.error.DynamoException;
import io.dynasql.engine.error.InternalServerError;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * LMDB has one writer: every write request is queued here and run by one thread, which groups
 * the requests waiting at that moment into a single LMDB write transaction and one commit (one
 * fsync). Each request is still all-or-nothing on its own (see {@link GroupRun}). A caller
 * returns only after the commit that holds its writes, so an acknowledged write survives kill -9.
 */
public final class GroupCommitter implements AutoCloseable {
  /** Most requests in one commit: bounds the latency a request waits behind its batch. */
  static final int MAX_BATCH = 256;
  /** Commits shorter than this (no fsync) are not worth waiting for stragglers. */
  private static final long LINGER_FROM_NANOS = 150_000;
  /** Longest wait for stragglers, as a fraction (1/n) of the last commit's time. */
  private static final int LINGER_FRACTION = 2;

  /** A queued request and the future its caller waits on. */
  record Pending<T>(WriteTask<T> task, CompletableFuture<T> done) {}

  private final LmdbStore store;
  private final LinkedBlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();
  private final Thread writer;
  private volatile boolean closing;
  /** Requests in the last commit and how long it took: what the next one can expect (writer thread only). */
  private int lastBatch;
  private long lastCommitNanos;

  public GroupCommitter(LmdbStore store) {
    this.store = store;
    this.writer = new Thread(this::loop, "dynasql-writer-" + store.directory().getFileName());
    this.writer.setDaemon(true);
    this.writer.start();
  }

  /** Runs {@code task} in the next group commit and waits until that commit is durable. */
  public <T> T submit(WriteTask<T> task) {
    if (closing) throw new InternalServerError("Database " + store.directory() + " is closed");
    if (store.readOnly()) {
      throw new io.dynasql.engine.error.ReadOnlyDatabaseException("Database " + store.directory() + " is open read-only: writes are refused");
    }
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
        gatherStragglers(batch);
        long start = System.nanoTime();
        new GroupRun(store, batch).run();
        lastCommitNanos = System.nanoTime() - start;
        lastBatch = batch.size();
      } catch (InterruptedException e) {
        return;
      } catch (Throwable t) {
        for (Pending<?> p : batch) p.done().completeExceptionally(t);
      } finally {
        batch.clear();
      }
    }
  }

  /**
   * Avoids the group-commit convoy: the callers the last commit released are still coming back
   * when the writer wakes, so without waiting it would commit the first one or two alone and make
   * the rest wait a whole fsync more. When commits are slow (they fsync), waits up to a fraction
   * of the last commit's time for as many requests as that commit held; a lone writer never waits.
   */
  private void gatherStragglers(List<Pending<?>> batch) throws InterruptedException {
    if (lastCommitNanos < LINGER_FROM_NANOS || batch.size() >= lastBatch) return;
    long deadline = System.nanoTime() + lastCommitNanos / LINGER_FRACTION;
    while (batch.size() < lastBatch) {
      long left = deadline - System.nanoTime();
      if (left <= 0) return;
      Pending<?> more = queue.poll(left, TimeUnit.NANOSECONDS);
      if (more == null) return;
      batch.add(more);
      queue.drainTo(batch, MAX_BATCH - batch.size());
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
