package io.dynasql.jdbc;

import java.util.List;
import org.apache.calcite.avatica.ColumnMetaData;
import org.apache.calcite.avatica.MetaImpl;

/**
 * {@code getGeneratedKeys()}: DynamoDB never generates a key (every item's key is given by the
 * writer), so it is an empty result set with one VARCHAR column, whatever was asked with
 * RETURN_GENERATED_KEYS; tools then find no generated key instead of failing.
 */
final class GeneratedKeys {
  private static final List<ColumnMetaData> COLUMNS = List.of(MetaImpl.columnMetaData("GENERATED_KEY", 0, String.class, true));

  private GeneratedKeys() {}

  /** An empty result set of the statement {@code host} belongs to. */
  static JdbcResultSet of(ResultSetHost host) {
    return JdbcResultSet.of(host, COLUMNS, List.of());
  }
}
