package io.dynasql.pushdown.lmdb;

import io.dynasql.engine.api.IndexDescription;
import io.dynasql.engine.api.TableDescription;
import io.dynasql.engine.catalog.IndexDescriptor;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.pushdown.backend.IndexShape;
import io.dynasql.pushdown.backend.TableShape;
import io.dynasql.pushdown.backend.TableStatistics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The engine's catalog entries and descriptions as the backend interface's shapes and statistics. */
final class Shapes {
  private Shapes() {}

  static TableShape of(TableDescriptor t) {
    List<IndexShape> indexes = new ArrayList<>();
    for (IndexDescriptor i : t.indexes()) {
      indexes.add(new IndexShape(i.name(), i.kind(), i.keySchema(), i.projectionType(), i.nonKeyAttributes()));
    }
    return new TableShape(t.name(), t.keySchema(), indexes);
  }

  /** The description's counts and sizes, with each key space's partition keys and largest keys from {@code keys}. */
  static TableStatistics statistics(TableDescription d, KeySample keys) {
    Map<String, TableStatistics.Sizes> indexes = new HashMap<>();
    for (List<IndexDescription> list : List.of(d.globalSecondaryIndexes(), d.localSecondaryIndexes())) {
      if (list == null) continue;
      for (IndexDescription i : list) {
        indexes.put(i.indexName(), new TableStatistics.Sizes(i.itemCount(), i.indexSizeBytes(),
            keys.partitionKeys(i.indexName(), i.keySchema(), i.itemCount()), keys.sketch(i.indexName())));
      }
    }
    return new TableStatistics(new TableStatistics.Sizes(d.itemCount(), d.tableSizeBytes(),
        keys.partitionKeys(null, d.keySchema(), d.itemCount()), keys.sketch(null)), indexes);
  }
}
