package io.dynasql.pushdown.lmdb;

import io.dynasql.engine.api.QueryRequest;
import io.dynasql.engine.api.ScanRequest;
import io.dynasql.engine.api.Select;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.pushdown.backend.QueryRead;
import io.dynasql.pushdown.backend.ScanRead;

/** The engine's Query and Scan requests for a backend's reads: typed trees, no expression strings. */
final class Requests {
  private Requests() {}

  static QueryRequest query(TableDescriptor table, QueryRead r, boolean count) {
    return QueryRequest.builder(table.name()).index(r.index()).keyCondition(r.key()).filter(r.filter())
        .attributes(r.projection()).scanIndexForward(r.forward()).limit(r.limit()).exclusiveStartKey(r.startKey())
        .select(count ? Select.COUNT : null).consistentRead(r.consistent()).readSet(r.readSet())
        .expectedTable(table).build();
  }

  static ScanRequest scan(TableDescriptor table, ScanRead r, boolean count) {
    ScanRequest.Builder b = ScanRequest.builder(table.name()).index(r.index()).filter(r.filter())
        .attributes(r.projection()).limit(r.limit()).exclusiveStartKey(r.startKey())
        .select(count ? Select.COUNT : null).consistentRead(r.consistent()).readSet(r.readSet())
        .expectedTable(table);
    if (r.totalSegments() > 1) b.segment(r.segment(), r.totalSegments());
    return b.build();
  }
}
