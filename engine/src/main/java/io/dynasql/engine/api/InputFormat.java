package io.dynasql.engine.api;

/** The format of ImportTable's source files. */
public enum InputFormat { DYNAMODB_JSON, ION, CSV }
