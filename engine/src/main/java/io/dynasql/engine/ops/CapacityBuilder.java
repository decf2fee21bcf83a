package io.dynasql.engine.ops;

import io.dynasql.engine.api.Capacity;
import io.dynasql.engine.api.ConsumedCapacity;
import io.dynasql.engine.catalog.IndexDescriptor;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.model.IndexKind;
import java.util.HashMap;
import java.util.Map;

/** Assembles a ConsumedCapacity from table units and per-index units. */
final class CapacityBuilder {
  private CapacityBuilder() {}

  /** Write capacity: table units plus each index's units, sorted into GSI and LSI maps. */
  static ConsumedCapacity writes(TableDescriptor t, double tableUnits, Map<String, Double> indexUnits, double factor) {
    Map<String, Capacity> g = new HashMap<>();
    Map<String, Capacity> l = new HashMap<>();
    for (IndexDescriptor i : t.indexes()) {
      Double u = indexUnits.get(i.name());
      if (u == null || u == 0) continue;
      (i.kind() == IndexKind.GLOBAL ? g : l).put(i.name(), new Capacity(0, u * factor));
    }
    return new ConsumedCapacity(t.name(), new Capacity(0, tableUnits * factor), g, l);
  }

  /** Read capacity on the table, or on one index when {@code index} is not null. */
  static ConsumedCapacity reads(TableDescriptor t, IndexDescriptor index, double units) {
    if (index == null) return ConsumedCapacity.ofTable(t.name(), new Capacity(units, 0));
    Map<String, Capacity> one = Map.of(index.name(), new Capacity(units, 0));
    return index.kind() == IndexKind.GLOBAL
        ? new ConsumedCapacity(t.name(), Capacity.ZERO, one, Map.of())
        : new ConsumedCapacity(t.name(), Capacity.ZERO, Map.of(), one);
  }
}
