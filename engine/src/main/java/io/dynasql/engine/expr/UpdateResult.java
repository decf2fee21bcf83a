package io.dynasql.engine.expr;

import io.dynasql.engine.model.AttributeValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What applying an update produced.
 *
 * @param item the new item
 * @param updatedPaths the paths the actions named, in order; projecting the old or new item on
 *     them gives ReturnValues UPDATED_OLD or UPDATED_NEW
 */
public record UpdateResult(Map<String, AttributeValue> item, List<Path> updatedPaths) {
  public UpdateResult {
    item = Collections.unmodifiableMap(new LinkedHashMap<>(item));
    updatedPaths = Collections.unmodifiableList(new ArrayList<>(updatedPaths));
  }
}
