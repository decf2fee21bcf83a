package io.dynasql.jdbc;

import io.dynasql.calcite.DynasqlTypeSystem;
import java.sql.SQLException;
import java.util.Properties;
import org.apache.calcite.jdbc.CalciteConnection;

/**
 * Opens the Calcite connection under a dynasql connection, with dynasql's identifier rules:
 * names keep their case, unquoted identifiers match case-insensitively, double quotes quote;
 * DECIMAL up to 38 digits; and integer arithmetic that fails on overflow ({@link io.dynasql.calcite.CheckedPrepare}).
 */
final class CalciteConnections {
  private CalciteConnections() {}

  /** The table schema of a connection, configured by its properties. */
  static io.dynasql.calcite.DynasqlSchema schema(io.dynasql.engine.Database db, Properties props) throws SQLException {
    return new io.dynasql.calcite.DynasqlSchema(db, Integer.parseInt(ConnectionProperty.SAMPLE_SIZE.get(props)),
        Boolean.parseBoolean(ConnectionProperty.PUSHDOWN.get(props)),
        Boolean.parseBoolean(ConnectionProperty.CONSISTENT_READ.get(props)),
        Boolean.parseBoolean(ConnectionProperty.LENIENT_READS.get(props))
            ? io.dynasql.calcite.StoredValues.Mode.LENIENT : io.dynasql.calcite.StoredValues.Mode.STRICT);
  }

  static CalciteConnection open() throws SQLException {
    Properties p = io.dynasql.calcite.CalciteConfig.connectionProperties();
    return new org.apache.calcite.jdbc.Driver().withPrepareFactory(io.dynasql.calcite.CheckedPrepare::new)
        .connect("jdbc:calcite:", p).unwrap(CalciteConnection.class);
  }
}
