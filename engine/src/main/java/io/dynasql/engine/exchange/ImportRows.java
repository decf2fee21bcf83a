package io.dynasql.engine.exchange;

import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.codec.ByteWriter;
import io.dynasql.engine.codec.StoredValue;
import io.dynasql.engine.error.InternalServerError;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.ops.ItemValidator;
import io.dynasql.engine.table.KeyBuilder;
import io.dynasql.engine.table.LongKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The sink an import's readers fill: validates each item against the new table as PutItem would
 * (key attributes present and typed, index keys typed, values valid, at most 400 KB), encodes the
 * good ones for the bulk load and sends the others, with the reason, to the error log.
 * Validating and encoding cost more than parsing, so they run on worker threads, a batch at a
 * time, while the reader goes on; {@link #finish()} gathers the batches in order.
 */
final class ImportRows implements RecordSink, AutoCloseable {
  private static final int BATCH = 4096;

  /** A record read: an item to validate, or (item null) one the reader rejected, with the reason. */
  private record Parsed(String file, long line, Map<String, AttributeValue> item, String text, String reason) {}

  private record Reject(Parsed record, String reason) {}

  private record Encoded(List<BulkLoad.Row> rows, List<Map<String, AttributeValue>> longKeyed, List<Reject> rejects, long bytes) {}

  private final TableDescriptor table;
  private final long version;
  private final ErrorLog errors;
  private final ExecutorService workers;
  private final List<Future<Encoded>> batches = new ArrayList<>();
  private List<Parsed> pending = new ArrayList<>(BATCH);
  final List<BulkLoad.Row> rows = new ArrayList<>();
  /** Items whose physical key is too long to append (see {@link LongKeys}): written with puts. */
  final List<Map<String, AttributeValue>> longKeyed = new ArrayList<>();
  long processed;
  long errorCount;
  long processedBytes;

  /** {@code version}: the version stored values carry, a transaction id no later write can have. */
  ImportRows(TableDescriptor table, long version, ErrorLog errors) {
    this.table = table;
    this.version = version;
    this.errors = errors;
    int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    this.workers = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "dynasql-import-encode");
      t.setDaemon(true);
      return t;
    });
  }

  @Override
  public void item(String file, long line, Map<String, AttributeValue> item, String text) {
    processed++;
    pending.add(new Parsed(file, line, item, text, null));
    if (pending.size() == BATCH) submit();
  }

  @Override
  public void reject(String file, long line, String text, String reason) {
    processed++; // logged in order with the batch it falls in
    pending.add(new Parsed(file, line, null, text, reason));
    if (pending.size() == BATCH) submit();
  }

  private void submit() {
    List<Parsed> batch = pending;
    pending = new ArrayList<>(BATCH);
    batches.add(workers.submit(() -> encode(batch)));
  }

  /** Waits for every batch and collects its rows, in the order read; logs what failed validation. */
  void finish() {
    if (!pending.isEmpty()) submit();
    try {
      for (Future<Encoded> f : batches) {
        Encoded e = f.get();
        rows.addAll(e.rows());
        longKeyed.addAll(e.longKeyed());
        processedBytes += e.bytes();
        for (Reject r : e.rejects()) {
          errorCount++;
          Parsed p = r.record();
          errors.write(p.file(), p.line(), p.text() != null ? p.text() : DynamoJson.itemLine(p.item()), r.reason());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InternalServerError("Interrupted while importing", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) throw re;
      throw new InternalServerError("Import failed: " + e.getCause(), e.getCause());
    } finally {
      batches.clear();
    }
  }

  private Encoded encode(List<Parsed> batch) {
    List<BulkLoad.Row> out = new ArrayList<>(batch.size());
    List<Map<String, AttributeValue>> longs = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    ByteWriter value = new ByteWriter(1024);
    long bytes = 0;
    for (Parsed p : batch) {
      if (p.item() == null) {
        rejects.add(new Reject(p, p.reason()));
        continue;
      }
      int size;
      try {
        size = ItemValidator.checkItem(table, p.item());
      } catch (ValidationException e) {
        rejects.add(new Reject(p, e.getMessage()));
        continue;
      }
      bytes += size;
      ByteWriter key = KeyBuilder.get().itemKey(table.keyspace(), table.keySchema(), p.item());
      if (LongKeys.isLong(key.length())) {
        longs.add(p.item());
        continue;
      }
      byte[] k = key.toArray();
      value.reset();
      StoredValue.encode(p.item(), version, value);
      out.add(new BulkLoad.Row(k, value.toArray(), size));
    }
    return new Encoded(out, longs, rejects, bytes);
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
