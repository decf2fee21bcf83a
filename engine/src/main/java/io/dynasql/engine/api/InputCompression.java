package io.dynasql.engine.api;

/** How ImportTable's source files are compressed. */
public enum InputCompression { GZIP, ZSTD, NONE }
