package io.dynasql.pushdown;

/**
 * A column whose SQL value, for the stored type it usually holds, is that stored value itself, so
 * a reader on a hot path may take it straight off the item and ask {@link DynamoSource#toSql}
 * only for anything else (absent, NULL, another type, a number past a long: the misfits and
 * conversions the source alone decides). See {@link DynamoSource#directRead}.
 */
public enum DirectRead {
  /** A VARCHAR column: an S attribute's SQL value is its text. */
  STRING,
  /** A BIGINT column: an N attribute that {@code fitsLong()} has its {@code longValue()} as SQL value. */
  LONG
}
