package io.dynasql.federation.catalog;

import io.dynasql.federation.SourceException;
import java.util.Locale;

/** The kinds of source {@code CREATE SOURCE ... TYPE} accepts. */
public enum SourceType {
  /** A relational database reached through its JDBC driver. */
  JDBC,
  /** A DynamoDB endpoint reached through the AWS SDK for Java v2 (package {@code federation.dynamo}). */
  DYNAMODB;

  /** The type written {@code written} (any case). */
  public static SourceType of(String written) {
    try {
      return valueOf(written.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new SourceException(SourceException.BAD_OPTION, "Unknown source type " + written
          + " (known: JDBC, DYNAMODB)");
    }
  }
}
