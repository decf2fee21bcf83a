package io.dynasql.pushdown.backend;

import io.dynasql.engine.api.ReadSet;
import io.dynasql.engine.expr.Condition;
import io.dynasql.engine.model.AttributeValue;
import java.util.Map;

/** A read that walks a key range page by page: a {@link QueryRead} or a {@link ScanRead}. */
public sealed interface RangeRead permits QueryRead, ScanRead {
  /** The index read, or null for the table. */
  String index();

  /** The filter the store applies after reading (items it rejects are still charged), or null. */
  Condition filter();

  /** Where this page starts: the previous page's last evaluated key, or null for the first page. */
  Map<String, AttributeValue> startKey();

  /** Strongly consistent reads (never on a global index). */
  boolean consistent();

  /** Where the store records the table key and version of every item returned, or null. */
  ReadSet readSet();
}
