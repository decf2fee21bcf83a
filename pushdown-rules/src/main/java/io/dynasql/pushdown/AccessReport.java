package io.dynasql.pushdown;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The accesses one statement made. The driver makes a report for each execution and hands it to
 * the execution on its data context ({@link #VARIABLE}); the runner adds to it as it reads, page
 * by page, however late the rows are fetched.
 */
public final class AccessReport {
  /** Per slot: an {@link AccessRecord}, or a {@code Supplier} of the current one (an access still reading). */
  private final List<Object> records = Collections.synchronizedList(new ArrayList<>());
  private volatile boolean farFromData;
  /** The reading transaction's uncommitted writes, which its reads must see, or null. */
  private volatile PendingWrites pendingWrites;
  /** Where reads record item versions (a DML statement's or a transaction's), or null. */
  private volatile io.dynasql.engine.api.ReadSet readSet;
  /** Warnings about the values read (lenient conversions), at most {@link #MAX_NOTES}. */
  private final List<String> notes = Collections.synchronizedList(new ArrayList<>());
  /** Notes kept per statement: a table full of misfits must not fill memory with warnings. */
  public static final int MAX_NOTES = 100;
  private final java.util.concurrent.atomic.AtomicBoolean finished = new java.util.concurrent.atomic.AtomicBoolean();
  /** The statement's limits on rows and bytes fetched, checked as accesses read. */
  private volatile FetchBudget budget = FetchBudget.NONE;
  private final java.util.concurrent.atomic.AtomicLong rowsFetched = new java.util.concurrent.atomic.AtomicLong();
  private final java.util.concurrent.atomic.AtomicLong bytesFetched = new java.util.concurrent.atomic.AtomicLong();

  /**
   * The name the statement's report goes by on the execution's {@link org.apache.calcite.DataContext}:
   * the report travels with the execution, explicitly, to every access it makes.
   */
  public static final String VARIABLE = "dynasql.accessReport";

  /** The report on {@code context}, or null (an execution outside a statement: none is kept). */
  public static AccessReport of(org.apache.calcite.DataContext context) {
    return context == null ? null : (AccessReport) context.get(VARIABLE);
  }

  /** Adds or replaces the record of access number {@code slot} (a lazily read access grows). */
  public void put(int slot, AccessRecord r) {
    synchronized (records) {
      while (records.size() <= slot) records.add(null);
      records.set(slot, r);
    }
  }

  /**
   * Makes access number {@code slot} report whatever {@code live} says when the report is read:
   * an access being read lazily counts its rows without publishing a record for each one.
   */
  public void track(int slot, java.util.function.Supplier<AccessRecord> live) {
    synchronized (records) {
      while (records.size() <= slot) records.add(null);
      records.set(slot, live);
    }
  }

  /** Adds a warning about a value read; beyond {@link #MAX_NOTES}, only the first ones are kept. */
  public void note(String message) {
    synchronized (notes) {
      if (notes.size() < MAX_NOTES) notes.add(message);
    }
  }

  /** The warnings about values read, in order. */
  public List<String> notes() {
    synchronized (notes) {
      return List.copyOf(notes);
    }
  }

  /** Reserves a slot for a new access. */
  public int open() {
    synchronized (records) {
      records.add(null);
      return records.size() - 1;
    }
  }

  /** How many accesses {@link #records} would list, without copying them (a batch asks once a row). */
  public int count() {
    synchronized (records) {
      int n = 0;
      for (Object r : records) {
        if (r instanceof AccessRecord || r instanceof java.util.function.Supplier<?> live && live.get() instanceof AccessRecord) n++;
      }
      return n;
    }
  }

  /** The accesses so far, in the order they started. */
  public List<AccessRecord> records() {
    synchronized (records) {
      List<AccessRecord> out = new ArrayList<>();
      for (Object r : records) {
        if (r instanceof AccessRecord a) out.add(a);
        else if (r instanceof java.util.function.Supplier<?> live && live.get() instanceof AccessRecord a) out.add(a);
      }
      return out;
    }
  }

  /**
   * Makes the statement's reads record the version of every item they return in {@code set}
   * (null: stop recording); returns the set it replaces.
   */
  public io.dynasql.engine.api.ReadSet readSet(io.dynasql.engine.api.ReadSet set) {
    io.dynasql.engine.api.ReadSet prior = readSet;
    readSet = set;
    return prior;
  }

  /** Makes the statement's reads see {@code writes} (a transaction's uncommitted writes), or nothing pending (null). */
  public void pendingWrites(PendingWrites writes) {
    pendingWrites = writes;
  }

  /** The uncommitted writes the statement's reads must see, or null. */
  public PendingWrites pendingWrites() {
    return pendingWrites;
  }

  /** Where the statement's reads record item versions, or null. */
  public io.dynasql.engine.api.ReadSet readSet() {
    return readSet;
  }

  /** Sets the statement's limits on what its accesses fetch. */
  public void budget(FetchBudget b) {
    budget = b;
  }

  /**
   * Counts {@code rows} rows (items) and {@code bytes} bytes just fetched by {@code what}; throws
   * {@link FetchBudgetExceededException} when the statement's total passes its budget, which
   * stops the statement before it reads further.
   */
  public void fetched(long rows, long bytes, String what) {
    // what is built by the caller once per access or page; the check itself is two additions
    FetchBudget b = budget;
    if (!b.limits()) return;
    b.checkActual(rowsFetched.addAndGet(rows), bytesFetched.addAndGet(bytes), what);
  }

  /** Marks that the SQL computed an aggregate, join or sort above the store. */
  public void markFarFromData() {
    farFromData = true;
  }

  public boolean farFromData() {
    return farFromData;
  }

  /** True the first time only: the statement is over and its report may be logged once. */
  public boolean finish() {
    return finished.compareAndSet(false, true);
  }
}
