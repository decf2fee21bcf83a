package io.dynasql.cli;

import io.dynasql.calcite.dml.RowProgress;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The progress of one statement's {@code INSERT … SELECT} as the shell shows it: told each row the
 * copy reads, it prints the rows so far and the rate to stderr at most once per interval of its
 * clock, so a long copy from a source shows that it moves; rows and labels stay on stdout. When
 * it printed anything, {@link #finish} prints the total and the rate over the whole statement.
 * The clock is injected (nanoseconds, as {@link System#nanoTime}): tests move it by hand.
 */
final class CopyProgress implements RowProgress {
  private final PrintStream err;
  private final LongSupplier nanos;
  private final long every;
  private final long started;
  private long lastPrinted;
  private long rows;
  private boolean printed;

  /** Starts the statement's clock now; {@code every} is the least time between two lines. */
  CopyProgress(PrintStream err, LongSupplier nanos, Duration every) {
    this.err = err;
    this.nanos = nanos;
    this.every = every.toNanos();
    this.started = nanos.getAsLong();
    this.lastPrinted = started;
  }

  @Override
  public void rowsRead(long total) {
    rows = total;
    long now = nanos.getAsLong();
    if (now - lastPrinted < every) return;
    lastPrinted = now;
    printed = true;
    err.println(String.format(Locale.ROOT, "   copying: %,d rows read, %s rows/s", total, rate(total, now)));
  }

  /** After the statement: the total, when a progress line was printed (a short copy prints nothing). */
  void finish() {
    if (!printed) return;
    long now = nanos.getAsLong();
    err.println(String.format(Locale.ROOT, "   copied: %,d rows read in %.1f s, %s rows/s", rows, (now - started) / 1e9,
        rate(rows, now)));
  }

  private String rate(long total, long now) {
    long elapsed = now - started;
    return elapsed <= 0 ? "-" : String.format(Locale.ROOT, "%,d", Math.round(total * 1e9 / elapsed));
  }
}
