package io.dynasql.jdbc;

import java.util.Properties;

/**
 * A connection's properties, read once when it opens (statements consult them on every
 * execution) and already validated by {@link JdbcUrl#parse}.
 *
 * @param denyScans scan=deny: plans with a SCAN are refused
 * @param warnScans scan=warn: SCANs raise a SQLWarning (scan=allow is silent)
 * @param prices dollars per million read, write and streams read units
 * @param readOnly whether the connection starts read-only
 * @param budget each statement's limits on rows, bytes and dollars fetched
 * @param pushdown pushdown=true: accesses of dynasql's tables and of sources are narrowed; false:
 *     tables are read whole and everything is evaluated in dynasql
 */
record ConnectionSettings(boolean denyScans, boolean warnScans, UnitPrices prices, boolean readOnly,
    io.dynasql.pushdown.FetchBudget budget, boolean pushdown) {
  static ConnectionSettings of(Properties p) {
    try {
      String scan = ConnectionProperty.SCAN.get(p);
      return new ConnectionSettings("deny".equals(scan), "warn".equals(scan),
          new UnitPrices(Double.parseDouble(ConnectionProperty.READ_UNIT_PRICE.get(p)),
              Double.parseDouble(ConnectionProperty.WRITE_UNIT_PRICE.get(p)),
              Double.parseDouble(ConnectionProperty.STREAM_READ_UNIT_PRICE.get(p))),
          "true".equals(ConnectionProperty.READ_ONLY.get(p)),
          new io.dynasql.pushdown.FetchBudget(Long.parseLong(ConnectionProperty.MAX_ROWS_FETCHED.get(p)),
              (long) Double.parseDouble(ConnectionProperty.MAX_BYTES_FETCHED.get(p)),
              Double.parseDouble(ConnectionProperty.MAX_COST_USD.get(p))),
          Boolean.parseBoolean(ConnectionProperty.PUSHDOWN.get(p)));
    } catch (InvalidPropertyException e) {
      throw new IllegalStateException("Connection properties were validated when the URL was parsed", e);
    }
  }
}
