package io.dynasql.engine.check;

import io.dynasql.engine.catalog.IndexDescriptor;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.model.AttributeValue;
import java.util.Map;

/**
 * One readable entry of the data database: an item of {@code table}, or an entry of its index
 * {@code index} (null for items).
 *
 * @param key the physical key
 * @param item the decoded item or index entry (checksum verified)
 */
record Entry(TableDescriptor table, IndexDescriptor index, byte[] key, Map<String, AttributeValue> item) {}
