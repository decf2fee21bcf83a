package io.dynasql.engine.expr;

/**
 * What a condition compares: a document path, a value from the request, or {@code size(path)}.
 * Update-only forms live in {@link UpdateValue}.
 */
public sealed interface Operand permits Path, Value, Size {}
