package io.dynasql.engine.ops;

import io.dynasql.engine.api.ItemSink;
import io.dynasql.engine.api.PageResponse;
import io.dynasql.engine.api.QueryRequest;
import io.dynasql.engine.api.ScanRequest;
import io.dynasql.engine.api.Select;
import io.dynasql.engine.catalog.IndexDescriptor;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.IndexKind;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.model.ProjectionType;
import java.util.List;
import java.util.Map;

/** Query and Scan: requests are validated and resolved into {@link ReadPlan}s, then read. */
public final class ReadOperations {
  private final Engine engine;
  private final PageReader reader;
  private final TypedReads typed;

  public ReadOperations(Engine engine) {
    this.engine = engine;
    this.reader = new PageReader(engine);
    this.typed = new TypedReads(engine, reader);
  }

  /** One page of a Query: its items listed, or handed to {@code sink} as they are read when it is not null. */
  public PageResponse query(QueryRequest r, ItemSink sink) {
    Names.checkTable(r.tableName());
    checkLimit(r.limit());
    if (TypedReads.typed(r)) return typed.query(r, sink);
    if (r.keyConditionExpression() == null) {
      throw new ValidationException("Either the KeyConditions or KeyConditionExpression parameter must be specified in the request (table " + r.tableName() + ")");
    }
    return engine.store().read(txn -> {
      TableDescriptor t = engine.catalog().table(txn, r.tableName());
      IndexDescriptor idx = r.indexName() == null ? null : t.index(r.indexName());
      KeySchema ks = idx == null ? t.keySchema() : idx.keySchema();
      RequestExpressions.Key key;
      Compiled.Condition filter = null;
      Compiled.Projection proj = null;
      List<String> projected = List.of();
      if (r.filterExpression() == null && r.projectionExpression() == null) {
        key = KeyConditionCache.key(r.keyConditionExpression(), r.expr(), ks);
      } else {
        RequestExpressions ex = RequestExpressions.of(r.expr());
        key = ex.keyCondition(r.keyConditionExpression(), ks);
        filter = ex.filter(r.filterExpression(), ks);
        proj = ex.projection(r.projectionExpression());
        ex.checkAllUsed();
        projected = ex.projectedTopLevelNames();
      }
      ReadPlan p = new ReadPlan(t, idx, key.partitionKey(), key.sort(), filter, proj, r.scanIndexForward(),
          r.limit(), startKey(t, idx, r.exclusiveStartKey()), select(t, idx, r.select(), r.projectionExpression(), r.consistentRead()),
          r.consistentRead(), 0, 1, needsTable(idx, r.select(), projected, r.projectionExpression(), t), null);
      return reader.read(txn, p, sink);
    });
  }

  /** One page of a Scan: its items listed, or handed to {@code sink} as they are read when it is not null. */
  public PageResponse scan(ScanRequest r, ItemSink sink) {
    Names.checkTable(r.tableName());
    checkLimit(r.limit());
    int total = r.totalSegments() == null ? 1 : r.totalSegments();
    int segment = r.segment() == null ? 0 : r.segment();
    checkSegments(r.segment(), r.totalSegments(), segment, total);
    if (TypedReads.typed(r)) return typed.scan(r, segment, total, sink);
    return engine.store().read(txn -> {
      TableDescriptor t = engine.catalog().table(txn, r.tableName());
      IndexDescriptor idx = r.indexName() == null ? null : t.index(r.indexName());
      RequestExpressions ex = RequestExpressions.of(r.expr());
      Compiled.Condition filter = ex.condition("FilterExpression", r.filterExpression());
      Compiled.Projection proj = ex.projection(r.projectionExpression());
      ex.checkAllUsed();
      ReadPlan p = new ReadPlan(t, idx, null, null, filter, proj, true, r.limit(),
          startKey(t, idx, r.exclusiveStartKey()), select(t, idx, r.select(), r.projectionExpression(), r.consistentRead()),
          r.consistentRead(), segment, total, needsTable(idx, r.select(), ex.projectedTopLevelNames(), r.projectionExpression(), t), null);
      return reader.read(txn, p, sink);
    });
  }

  private static void checkLimit(Integer limit) {
    if (limit != null && limit < 1) {
      throw new ValidationException("1 validation error detected: Value '" + limit
          + "' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1");
    }
  }

  private static void checkSegments(Integer seg, Integer total, int segment, int totalSegments) {
    if ((seg == null) != (total == null)) {
      throw new ValidationException("The TotalSegments parameter is required but was not present in the request when Segment parameter is present (or the reverse)");
    }
    if (totalSegments < 1 || totalSegments > 1_000_000) {
      throw new ValidationException("1 validation error detected: Value '" + totalSegments
          + "' at 'totalSegments' failed to satisfy constraint: Member must have value between 1 and 1000000");
    }
    if (segment < 0 || segment >= totalSegments) {
      throw new ValidationException("The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: "
          + segment + " is out of bounds for TotalSegments: " + totalSegments);
    }
  }

  static Select select(TableDescriptor t, IndexDescriptor idx, Select s, String projection, boolean consistent) {
    if (idx != null && idx.kind() == IndexKind.GLOBAL && consistent) {
      throw new ValidationException("Consistent reads are not supported on global secondary indexes (index " + idx.name() + ")");
    }
    if (projection != null && s != null && s != Select.SPECIFIC_ATTRIBUTES) {
      throw new ValidationException("Cannot specify the ProjectionExpression when choosing to get " + s);
    }
    if (s == Select.SPECIFIC_ATTRIBUTES && projection == null) {
      throw new ValidationException("Select SPECIFIC_ATTRIBUTES needs a ProjectionExpression (table " + t.name() + ")");
    }
    if (s == Select.ALL_PROJECTED_ATTRIBUTES && idx == null) {
      throw new ValidationException("One or more parameter values were invalid: Select type ALL_PROJECTED_ATTRIBUTES is not supported for a table, only for an index (table " + t.name() + ")");
    }
    if (s == Select.ALL_ATTRIBUTES && idx != null && idx.kind() == IndexKind.GLOBAL
        && idx.projectionType() != ProjectionType.ALL) {
      throw new ValidationException("One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for global secondary index "
          + idx.name() + " because its projection type is not ALL");
    }
    return s == null ? (projection == null ? (idx == null ? Select.ALL_ATTRIBUTES : Select.ALL_PROJECTED_ATTRIBUTES) : Select.SPECIFIC_ATTRIBUTES) : s;
  }

  /** A local index read must fetch table items for attributes outside its projection. */
  static boolean needsTable(IndexDescriptor idx, Select s, List<String> projected, String projection, TableDescriptor t) {
    if (idx == null || idx.kind() != IndexKind.LOCAL || idx.projectionType() == ProjectionType.ALL) return false;
    if (s == Select.ALL_ATTRIBUTES) return true;
    if (projection == null) return false;
    for (String top : projected) {
      if (!idx.projects(top, t.keySchema())) return true;
    }
    return false;
  }

  static Map<String, AttributeValue> startKey(TableDescriptor t, IndexDescriptor idx, Map<String, AttributeValue> start) {
    if (start == null) return null;
    boolean ok = t.keySchema().keyOf(start) != null && (idx == null || idx.keySchema().keyOf(start) != null);
    if (!ok) {
      throw new ValidationException("The provided starting key is invalid: The provided key element does not match the schema (table "
          + t.name() + (idx == null ? "" : ", index " + idx.name()) + ")");
    }
    return start;
  }

}
