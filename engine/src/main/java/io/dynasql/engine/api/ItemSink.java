package io.dynasql.engine.api;

import io.dynasql.engine.model.AttributeValue;
import java.util.Map;

/**
 * Where a streamed Query or Scan page ({@code Database.query(request, sink)}) hands each item it
 * returns, as it reads it, instead of collecting the page's items into a list: a consumer that
 * folds items (an aggregate) then touches each one while it is still in the processor's cache,
 * and no copy of it is made.
 *
 * <p>The map is the reader's own and holds the next item once {@code accept} returns: a sink that
 * keeps an item keeps a copy of it ({@code new HashMap<>(item)}); the values themselves are
 * immutable and may be kept. {@code accept} runs inside the page's read snapshot, so it must not
 * wait for a write; an exception it throws ends the read and reaches the caller.
 */
@FunctionalInterface
public interface ItemSink {
  void accept(Map<String, AttributeValue> item);
}
