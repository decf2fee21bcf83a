package io.dynasql.engine.api;

import io.dynasql.engine.model.IndexKind;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.model.ProjectionType;
import java.util.List;

/** A secondary index as DescribeTable reports it, with its entry count and size. */
public record IndexDescription(String indexName, IndexKind kind, KeySchema keySchema,
    ProjectionType projectionType, List<String> nonKeyAttributes, String indexStatus,
    long itemCount, long indexSizeBytes) {}
