package io.dynasql.engine.exchange;

import io.dynasql.engine.model.AttributeValue;
import java.util.Map;

/** Where an import source's readers put what they read: items, and records that are not items. */
interface RecordSink {
  /** One item read from {@code file}, at record {@code line}; it may still fail validation. */
  void item(String file, long line, Map<String, AttributeValue> item, String text);

  /** One record that cannot be read as an item, with the reason. */
  void reject(String file, long line, String text, String reason);
}
