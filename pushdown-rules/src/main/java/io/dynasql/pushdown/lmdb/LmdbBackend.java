package io.dynasql.pushdown.lmdb;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.BatchGetItemResponse;
import io.dynasql.engine.api.ConsumedCapacity;
import io.dynasql.engine.api.GetItemRequest;
import io.dynasql.engine.api.ItemResponse;
import io.dynasql.engine.api.KeysAndAttributes;
import io.dynasql.engine.api.PageResponse;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.ItemSizes;
import io.dynasql.pushdown.backend.BatchRead;
import io.dynasql.pushdown.backend.ItemSink;
import io.dynasql.pushdown.backend.KeyRead;
import io.dynasql.pushdown.backend.QueryRead;
import io.dynasql.pushdown.backend.RangeRead;
import io.dynasql.pushdown.backend.ReadPage;
import io.dynasql.pushdown.backend.ScanRead;
import io.dynasql.pushdown.backend.TableBackend;
import io.dynasql.pushdown.backend.TableShape;
import io.dynasql.pushdown.backend.TableStatistics;
import java.util.List;
import java.util.Map;

/**
 * The LMDB engine as a {@link TableBackend}: each call is one of the engine's public operations
 * (GetItem, BatchGetItem, Query, Scan) with typed conditions. Reads carry the catalog entry the
 * statement was planned against, so a table dropped or created again under the same name while a
 * statement reads it page by page fails the read instead of ending it early or mixing tables.
 */
public final class LmdbBackend implements TableBackend {
  private final Database database;
  private final TableDescriptor descriptor;
  private final TableShape shape;
  private final KeySample keys;

  public LmdbBackend(Database database, TableDescriptor descriptor) {
    this.database = database;
    this.descriptor = descriptor;
    this.shape = Shapes.of(descriptor);
    this.keys = new KeySample(database, descriptor.name());
  }

  @Override
  public TableShape shape() {
    return shape;
  }

  @Override
  public TableStatistics statistics() {
    return Shapes.statistics(database.describeTable(descriptor.name()), keys);
  }

  @Override
  public ReadPage get(KeyRead read) {
    ItemResponse r = database.getItem(GetItemRequest.of(descriptor.name(), read.key())
        .withConsistentRead(read.consistent()).withReadSet(read.readSet()));
    Map<String, AttributeValue> item = r.item();
    List<Map<String, AttributeValue>> items = item == null ? List.of() : List.of(item);
    return new ReadPage(items, items.size(), items.size(), item == null ? 0 : ItemSizes.of(item),
        units(r.consumedCapacity()), null, List.of());
  }

  @Override
  public ReadPage batchGet(BatchRead read) {
    BatchGetItemResponse r = database.batchGetItem(Map.of(descriptor.name(),
        new KeysAndAttributes(read.keys(), read.consistent(), null, null)), read.readSet());
    List<Map<String, AttributeValue>> found = r.responses().getOrDefault(descriptor.name(), List.of());
    long bytes = 0;
    for (Map<String, AttributeValue> item : found) bytes += ItemSizes.of(item);
    KeysAndAttributes later = r.unprocessedKeys().get(descriptor.name());
    double units = r.consumedCapacity().isEmpty() ? 0 : units(r.consumedCapacity().get(0));
    return new ReadPage(found, found.size(), found.size(), bytes, units, null, later == null ? List.of() : later.keys());
  }

  @Override
  public ReadPage query(QueryRead read) {
    return page(database.query(Requests.query(descriptor, read, false)));
  }

  @Override
  public ReadPage scan(ScanRead read) {
    return page(database.scan(Requests.scan(descriptor, read, false)));
  }

  /** The engine's Query, each item handed to {@code sink} as the page decodes it (no copy, no list). */
  @Override
  public ReadPage query(QueryRead read, ItemSink sink) {
    return page(database.query(Requests.query(descriptor, read, false), sink::accept));
  }

  /** The engine's Scan, each item handed to {@code sink} as the page decodes it. */
  @Override
  public ReadPage scan(ScanRead read, ItemSink sink) {
    return page(database.scan(Requests.scan(descriptor, read, false), sink::accept));
  }

  @Override
  public ReadPage count(RangeRead read) {
    PageResponse r = read instanceof QueryRead q
        ? database.query(Requests.query(descriptor, q, true))
        : database.scan(Requests.scan(descriptor, (ScanRead) read, true));
    return page(r);
  }

  @Override
  public void observed(String index, AttributeValue key, long items) {
    keys.observed(index, key, items);
  }

  /** The engine's counts of the table's item changes and whole scans ({@link Database#observedRates}). */
  @Override
  public io.dynasql.pushdown.backend.TableRates observedRates() {
    io.dynasql.engine.api.ObservedRates r = database.observedRates(descriptor.name());
    return new io.dynasql.pushdown.backend.TableRates(r.observed(), r.itemsWritten(), r.fullScans());
  }

  private static ReadPage page(PageResponse r) {
    return ReadPage.range(r.items(), r.count(), r.scannedCount(), r.bytesRead(), units(r.consumedCapacity()),
        r.lastEvaluatedKey());
  }

  private static double units(ConsumedCapacity c) {
    return c == null ? 0 : c.readCapacityUnits();
  }
}
