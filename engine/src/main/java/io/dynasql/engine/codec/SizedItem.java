package io.dynasql.engine.codec;

import io.dynasql.engine.model.AttributeValue;
import java.util.Map;

/**
 * A decoded item with its DynamoDB size ({@link ItemSize#of(Map)}), counted while decoding so
 * reads that charge capacity need not walk the item a second time.
 *
 * @param item the item, a new mutable map in the stored attribute order
 * @param size the item's size in bytes by DynamoDB's rules
 */
public record SizedItem(Map<String, AttributeValue> item, int size) {}
