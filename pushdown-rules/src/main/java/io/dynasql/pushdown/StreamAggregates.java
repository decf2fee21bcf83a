package io.dynasql.pushdown;

import io.dynasql.engine.model.AttributeValue;
import io.dynasql.pushdown.backend.ItemSink;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;

/**
 * Runs a {@link DynamoStreamAggregate}: reads the access's pages as {@link AccessRunner} does
 * (same pages, same report) and folds each item into its group while the store reads it
 * ({@link ItemStream#push}: no copy of the item, no list of the page, each item still in the
 * processor's cache when it is added), finishing a group when the partition key changes; no row
 * array per item and no table of every group.
 */
public final class StreamAggregates {
  private StreamAggregates() {}

  /** Called by the code {@link DynamoStreamAggregate} generates. */
  public static Enumerable<Object> enumerable(DynamoSource source, AccessPath path, StreamGroups plan, DataContext root) {
    AccessPath run = path.bound(root);
    return new AbstractEnumerable<>() {
      @Override
      public Enumerator<Object> enumerator() {
        AccessReport report = AccessReport.of(root);
        AtomicBoolean cancel = DataContext.Variable.CANCEL_FLAG.get(root);
        StatementCanceledException.check(cancel);
        ItemStream items = ItemStream.open(source, run, Binder.of(root, source), report, cancel);
        // A transaction's own writes are merged into the pages out of key order: group them all at once.
        boolean runs = report == null || report.pendingWrites() == null || report.pendingWrites().of(run.table()).isEmpty();
        return new Groups(source, items, plan, report, runs);
      }
    };
  }

  /** Groups of the items, handed out a run of one partition key at a time (or all at the end). */
  private static final class Groups implements Enumerator<Object> {
    private final StreamColumns columns;
    private final ItemStream items;
    private final StreamGroups plan;
    private final boolean runs;
    private final ArrayDeque<Object> ready = new ArrayDeque<>();
    /** The groups of the current run (or of everything when not {@code runs}), by their key. */
    private final Map<List<Object>, GroupAccumulator> open = new LinkedHashMap<>();
    /** Folds each item of a page into its group as the store reads it. */
    private final ItemSink adder = this::add;
    /** Whether every page was read (and the last run handed out). */
    private boolean done;
    private Object runKey;
    /** The one group of the current run, when grouping by the partition key alone: reused run after run. */
    private GroupAccumulator single;
    /** Whether {@link #single} holds the current run's group (of key {@link #runKey}). */
    private boolean singleOpen;
    private long consumed;
    private Object current;

    Groups(DynamoSource source, ItemStream items, StreamGroups plan, AccessReport report, boolean runs) {
      this.columns = new StreamColumns(source, plan.fields(), report);
      this.items = items;
      this.plan = plan;
      this.runs = runs;
    }

    @Override
    public Object current() {
      return current;
    }

    @Override
    public boolean moveNext() {
      while (ready.isEmpty()) {
        if (done) return false;
        boolean more = items.push(adder);
        items.returned(consumed);
        if (!more) {
          finishRun();
          done = true;
        }
      }
      current = ready.poll();
      return true;
    }

    /** One item, in the store's reused map: only its values are kept. */
    private void add(Map<String, AttributeValue> item) {
      consumed++;
      int[] groups = plan.groups();
      Object pk = columns.value(item, groups[plan.partitionGroup()]);
      // the store shares a run's partition key between its items: usually the same String, equal at once
      if (runs && (singleOpen || !open.isEmpty()) && !Objects.equals(pk, runKey)) finishRun();
      runKey = pk;
      GroupAccumulator acc;
      if (runs && plan.byPartitionOnly()) {
        if (single == null) single = new GroupAccumulator(plan.specs());
        singleOpen = true;
        acc = single;
      } else {
        Object[] key = new Object[groups.length];
        for (int g = 0; g < groups.length; g++) key[g] = g == plan.partitionGroup() ? pk : columns.value(item, groups[g]);
        acc = open.computeIfAbsent(Arrays.asList(key), k -> new GroupAccumulator(plan.specs()));
      }
      AggregateSpec[] specs = plan.specs();
      for (int i = 0; i < specs.length; i++) {
        if (specs[i].arg() < 0) acc.countRow(i);
        else columns.addTo(acc, i, item, specs[i].arg());
      }
    }

    /** Hands out the groups gathered since the last partition key change. */
    private void finishRun() {
      if (singleOpen) {
        ready.add(row(new Object[] {runKey}, single));
        single.reset();
        singleOpen = false;
      }
      for (Map.Entry<List<Object>, GroupAccumulator> e : open.entrySet()) ready.add(row(e.getKey().toArray(), e.getValue()));
      open.clear();
    }

    private Object row(Object[] key, GroupAccumulator acc) {
      AggregateSpec[] specs = plan.specs();
      if (plan.scalar()) return key[0];
      Object[] row = Arrays.copyOf(key, key.length + specs.length);
      for (int i = 0; i < specs.length; i++) row[key.length + i] = acc.result(i, plan.resultClasses()[i]);
      return row;
    }

    @Override
    public void reset() {
      items.restart();
      done = false;
      ready.clear();
      open.clear();
      if (single != null) single.reset();
      singleOpen = false;
      consumed = 0;
    }

    @Override
    public void close() {
    }
  }
}
