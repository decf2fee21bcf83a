package io.dynasql.jdbc;

import io.dynasql.calcite.DynasqlSchema;
import io.dynasql.calcite.StoredValues;
import io.dynasql.engine.Database;
import java.util.Properties;

/** The table schema of a connection, configured by its properties. */
final class Schemas {
  private Schemas() {}

  static DynasqlSchema dynasql(Database db, Properties props) {
    try {
      return new DynasqlSchema(db, Integer.parseInt(ConnectionProperty.SAMPLE_SIZE.get(props)),
          Boolean.parseBoolean(ConnectionProperty.PUSHDOWN.get(props)),
          Boolean.parseBoolean(ConnectionProperty.CONSISTENT_READ.get(props)),
          Boolean.parseBoolean(ConnectionProperty.LENIENT_READS.get(props)) ? StoredValues.Mode.LENIENT : StoredValues.Mode.STRICT,
          Double.parseDouble(ConnectionProperty.READ_UNIT_PRICE.get(props)),
          Boolean.parseBoolean(ConnectionProperty.HIDE_EXPIRED.get(props)),
          Double.parseDouble(ConnectionProperty.WRITE_UNIT_PRICE.get(props)));
    } catch (InvalidPropertyException e) {
      throw new IllegalStateException("Connection properties were validated when the URL was parsed", e);
    }
  }
}
