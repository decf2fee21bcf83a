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
 *
 * <p>A caller that splits one large write into pieces ({@link #submitAsync} with {@code moreFollows})
 * lets the writer apply each piece while the caller prepares the next: the writer keeps the group's
 * transaction open for a short while after a piece that says more follows, so the pieces still
 * share one commit, and the caller's preparation overlaps the writer's puts instead of preceding them.
 */
public final class GroupCommitter implements AutoCloseable {
  /** Most requests in one commit: bounds the latency a request waits behind its batch. */
  static final int MAX_BATCH = 256;
  /** Commits shorter than this (no fsync) are not worth waiting for stragglers. */
  private static final long LINGER_FROM_NANOS = 150_000;
  /** Longest wait for stragglers, as a fraction (1/n) of the last commit's time. */
  private static final int LINGER_FRACTION = 2;
  /**
   * Longest wait for a piece announced by the one before it. Preparing a piece takes a caller well
   * under a millisecond; a caller that stalls longer (or fails) gets its pieces in later commits,
   * which changes nothing but their speed, since each piece is its own atomic write.
   */
  private static final long FOLLOWER_WAIT_NANOS = 5_000_000;

  /** A queued request, the future its caller waits on, and whether the caller announced another piece. */
  record Pending<T>(WriteTask<T> task, CompletableFuture<T> done, boolean moreFollows) {}

  private final LmdbStore store;
  private final LinkedBlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();
  private final Thread writer;
  private volatile boolean closing;
  /**
   * Callers in the last commit (requests that did not announce another piece: a caller's pieces
   * count once) and how long it took: what the next one can expect (writer thread only).
   */
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
    return await(submitAsync(task, false));
  }

  /**
   * Queues {@code task} for the next group commit and returns at once; the future completes when
   * the commit holding it is durable (or fails with the task's error). {@code moreFollows} says the
   * caller is about to submit another piece that should share the commit.
   */
  public <T> CompletableFuture<T> submitAsync(WriteTask<T> task, boolean moreFollows) {
    if (closing) throw new InternalServerError("Database " + store.directory() + " is closed");
    if (store.readOnly()) {
      throw new io.dynasql.engine.error.ReadOnlyDatabaseException("Database " + store.directory() + " is open read-only: writes are refused");
    }
    CompletableFuture<T> done = new CompletableFuture<>();
    queue.add(new Pending<>(task, done, moreFollows));
    return done;
  }

  /** Waits for a submitted task's commit: its result, or its DynamoDB error as thrown. */
  public static <T> T await(CompletableFuture<T> done) {
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
        new GroupRun(store, batch, this::gatherFollowers).run();
        lastCommitNanos = System.nanoTime() - start;
        lastBatch = callers(batch);
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
   * of the last commit's time for as many callers as that commit held; a lone writer never waits.
   */
  private void gatherStragglers(List<Pending<?>> batch) throws InterruptedException {
    // A caller's piece that announces another starts at once: the group gathers what follows it
    // (and whatever else is queued by then) as followers, and waiting here would undo the overlap.
    if (batch.get(batch.size() - 1).moreFollows()) return;
    if (lastCommitNanos < LINGER_FROM_NANOS || callers(batch) >= lastBatch) return;
    long deadline = System.nanoTime() + lastCommitNanos / LINGER_FRACTION;
    while (callers(batch) < lastBatch) {
      long left = deadline - System.nanoTime();
      if (left <= 0) return;
      Pending<?> more = queue.poll(left, TimeUnit.NANOSECONDS);
      if (more == null) return;
      batch.add(more);
      queue.drainTo(batch, MAX_BATCH - batch.size());
      if (batch.get(batch.size() - 1).moreFollows()) return; // as above: its pieces follow as the group runs
    }
  }

  /** How many callers {@code batch} holds: requests that end a caller's write (a last or only piece). */
  private static int callers(List<Pending<?>> batch) {
    int n = 0;
    for (Pending<?> p : batch) if (!p.moreFollows()) n++;
    return n;
  }

  /**
   * Called by a group whose requests have all run and whose last one announced another piece: when
   * the group has room, waits briefly for it (and whatever else is queued) and appends them to
   * {@code batch}; false when there is nothing more to run before the commit.
   */
  private boolean gatherFollowers(List<Pending<?>> batch) {
    if (batch.size() >= MAX_BATCH) return false;
    try {
      Pending<?> next = queue.poll(FOLLOWER_WAIT_NANOS, TimeUnit.NANOSECONDS);
      if (next == null) return false;
      batch.add(next);
      queue.drainTo(batch, MAX_BATCH - batch.size());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the loop sees it after this group commits
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
