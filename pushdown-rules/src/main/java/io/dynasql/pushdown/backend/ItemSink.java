package io.dynasql.pushdown.backend;

import io.dynasql.engine.model.AttributeValue;
import java.util.Map;

/**
 * Where a page read with {@link TableBackend#query(QueryRead, ItemSink)} or
 * {@link TableBackend#scan(ScanRead, ItemSink)} hands each item it returns, instead of listing
 * them: for a caller that folds the items (a streamed aggregate) and keeps none.
 *
 * <p>The map may be the store's own and hold the next item once {@code accept} returns: a sink
 * that keeps an item keeps a copy; the values are immutable and may be kept. A local store may
 * call it inside its read snapshot, so it must not wait for a write; an exception it throws ends
 * the read and reaches the caller.
 */
@FunctionalInterface
public interface ItemSink {
  void accept(Map<String, AttributeValue> item);
}
