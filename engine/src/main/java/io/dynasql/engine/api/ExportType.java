package io.dynasql.engine.api;

/** A whole table at one time, or the changes of a time window. */
public enum ExportType { FULL_EXPORT, INCREMENTAL_EXPORT }
