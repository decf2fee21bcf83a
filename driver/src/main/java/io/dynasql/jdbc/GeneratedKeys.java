package io.dynasql.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * {@code getGeneratedKeys()}: DynamoDB never generates a key (every item's key is given by the
 * writer), so it is an empty result set, whatever was asked with RETURN_GENERATED_KEYS; tools
 * then find no generated key instead of failing. Planned once per connection.
 */
final class GeneratedKeys {
  private static final String SQL = "SELECT CAST(NULL AS VARCHAR) AS \"GENERATED_KEY\" FROM (VALUES (0)) AS t(x) WHERE x = 1";

  private GeneratedKeys() {}

  /** An empty result set of statement {@code statement}, on a cached plan returned when it closes. */
  static ResultSetHandler of(ConnectionHandler connection, StatementHandler statement, java.sql.Statement proxy) throws SQLException {
    String key = "generated-keys";
    PlanPool.Plan plan = connection.plans().checkout(key);
    if (plan == null) plan = new PlanPool.Plan(key, connection.calcite().prepareStatement(SQL), false);
    PlanPool.Plan lent = plan;
    ResultSet rs;
    try {
      rs = plan.statement().executeQuery();
    } catch (SQLException | RuntimeException e) {
      connection.plans().checkin(lent);
      throw SqlStates.of(e);
    }
    return ResultSetHandler.of(rs, statement, proxy, null, () -> connection.plans().checkin(lent));
  }
}
