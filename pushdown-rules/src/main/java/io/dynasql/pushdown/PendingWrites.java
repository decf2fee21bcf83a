package io.dynasql.pushdown;

import io.dynasql.engine.model.AttributeValue;
import java.util.Map;

/**
 * The writes of an open transaction, not yet committed, which the transaction's own reads must
 * see: per table, each written item by primary key, as the item the writes leave (null where
 * the transaction deleted it). The driver hangs it on the statement's {@link AccessReport}.
 */
public interface PendingWrites {
  /** The pending items of {@code table} by primary key (null values: deleted); empty when none. */
  Map<Map<String, AttributeValue>, Map<String, AttributeValue>> of(String table);
}
