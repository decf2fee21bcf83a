package io.dynasql.engine.exchange;

import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.codec.ByteWriter;
import io.dynasql.engine.codec.StoredValue;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.ops.ItemValidator;
import io.dynasql.engine.table.KeyBuilder;
import io.dynasql.engine.table.LongKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The sink an import's readers fill: validates each item against the new table as PutItem would
 * (key attributes present and typed, index keys typed, values valid, at most 400 KB), encodes the
 * good ones for the bulk load and sends the others, with the reason, to the error log.
 */
final class ImportRows implements RecordSink {
  private final TableDescriptor table;
  private final long version;
  private final ErrorLog errors;
  private final ByteWriter value = new ByteWriter(1024);
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
  }

  @Override
  public void item(String file, long line, Map<String, AttributeValue> item, String text) {
    processed++;
    int size;
    try {
      size = ItemValidator.checkItem(table, item);
    } catch (ValidationException e) {
      reject(file, line, text != null ? text : DynamoJson.itemLine(item), e.getMessage());
      processed--; // reject() counted it
      return;
    }
    processedBytes += size;
    ByteWriter key = KeyBuilder.get().itemKey(table.keyspace(), table.keySchema(), item);
    if (LongKeys.isLong(key.length())) {
      longKeyed.add(item);
      return;
    }
    byte[] k = key.toArray();
    value.reset();
    StoredValue.encode(item, version, value);
    rows.add(new BulkLoad.Row(k, value.toArray(), size));
  }

  @Override
  public void reject(String file, long line, String text, String reason) {
    processed++;
    errorCount++;
    errors.write(file, line, text, reason);
  }
}
