package io.dynasql.engine.api;

import java.util.List;

/** A page of table names in name order; {@code lastEvaluatedTableName} is null on the last page. */
public record ListTablesResponse(List<String> tableNames, String lastEvaluatedTableName) {}
