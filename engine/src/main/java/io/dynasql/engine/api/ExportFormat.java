package io.dynasql.engine.api;

/** The file format of a table export: DynamoDB JSON or Amazon Ion, one item per line or value. */
public enum ExportFormat { DYNAMODB_JSON, ION }
