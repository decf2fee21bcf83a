package io.dynasql.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;

/**
 * The second part of {@link JdbcDatabaseMetaData}: what dynasql's SQL and JDBC objects support.
 * The SQL answers are the planner's (Calcite's SQL: joins, subqueries, unions, GROUP BY); the
 * JDBC ones follow the driver: forward-only, read-only result sets held over commit
 * ({@link ResultSetKinds}), transactions of DML at READ COMMITTED, no savepoints, procedures,
 * generated keys or updatable cursors.
 */
abstract class MetaDataFeatures extends MetaDataIdentity {
  MetaDataFeatures(Connection connection, String url) {
    super(connection, url);
  }

  @Override public boolean allProceduresAreCallable() { return true; }
  @Override public boolean allTablesAreSelectable() { return true; }
  @Override public boolean usesLocalFiles() { return false; }
  @Override public boolean usesLocalFilePerTable() { return false; }

  @Override public boolean supportsAlterTableWithAddColumn() { return false; }
  @Override public boolean supportsAlterTableWithDropColumn() { return false; }
  @Override public boolean supportsColumnAliasing() { return true; }
  @Override public boolean supportsConvert() { return true; }
  @Override public boolean supportsConvert(int fromType, int toType) { return false; }
  @Override public boolean supportsTableCorrelationNames() { return true; }
  @Override public boolean supportsDifferentTableCorrelationNames() { return true; }
  @Override public boolean supportsExpressionsInOrderBy() { return true; }
  @Override public boolean supportsOrderByUnrelated() { return true; }
  @Override public boolean supportsGroupBy() { return true; }
  @Override public boolean supportsGroupByUnrelated() { return true; }
  @Override public boolean supportsGroupByBeyondSelect() { return true; }
  @Override public boolean supportsLikeEscapeClause() { return true; }
  @Override public boolean supportsMultipleResultSets() { return false; }
  @Override public boolean supportsMultipleTransactions() { return false; }
  @Override public boolean supportsNonNullableColumns() { return true; }
  @Override public boolean supportsMinimumSQLGrammar() { return true; }
  @Override public boolean supportsCoreSQLGrammar() { return true; }
  @Override public boolean supportsExtendedSQLGrammar() { return true; }
  @Override public boolean supportsANSI92EntryLevelSQL() { return true; }
  @Override public boolean supportsANSI92IntermediateSQL() { return true; }
  @Override public boolean supportsANSI92FullSQL() { return true; }
  @Override public boolean supportsIntegrityEnhancementFacility() { return false; }
  @Override public boolean supportsOuterJoins() { return true; }
  @Override public boolean supportsFullOuterJoins() { return true; }
  @Override public boolean supportsLimitedOuterJoins() { return true; }
  @Override public boolean supportsSchemasInDataManipulation() { return true; }
  @Override public boolean supportsSchemasInProcedureCalls() { return true; }
  @Override public boolean supportsSchemasInTableDefinitions() { return true; }
  @Override public boolean supportsSchemasInIndexDefinitions() { return true; }
  @Override public boolean supportsSchemasInPrivilegeDefinitions() { return true; }
  @Override public boolean supportsCatalogsInDataManipulation() { return true; }
  @Override public boolean supportsCatalogsInProcedureCalls() { return true; }
  @Override public boolean supportsCatalogsInTableDefinitions() { return true; }
  @Override public boolean supportsCatalogsInIndexDefinitions() { return true; }
  @Override public boolean supportsCatalogsInPrivilegeDefinitions() { return true; }
  @Override public boolean supportsPositionedDelete() { return false; }
  @Override public boolean supportsPositionedUpdate() { return false; }
  @Override public boolean supportsSelectForUpdate() { return false; }
  @Override public boolean supportsStoredProcedures() { return false; }
  @Override public boolean supportsSubqueriesInComparisons() { return true; }
  @Override public boolean supportsSubqueriesInExists() { return true; }
  @Override public boolean supportsSubqueriesInIns() { return true; }
  @Override public boolean supportsSubqueriesInQuantifieds() { return false; }
  @Override public boolean supportsCorrelatedSubqueries() { return true; }
  @Override public boolean supportsUnion() { return true; }
  @Override public boolean supportsUnionAll() { return true; }
  @Override public boolean supportsOpenCursorsAcrossCommit() { return false; }
  @Override public boolean supportsOpenCursorsAcrossRollback() { return false; }
  @Override public boolean supportsOpenStatementsAcrossCommit() { return false; }
  @Override public boolean supportsOpenStatementsAcrossRollback() { return false; }

  // setAutoCommit(false) ... commit applies a transaction's DML atomically (docs/sql.md); DDL is
  // applied at once, as a commit of its own.
  @Override public boolean supportsTransactions() { return true; }
  @Override public int getDefaultTransactionIsolation() { return Connection.TRANSACTION_READ_COMMITTED; }
  @Override public boolean supportsTransactionIsolationLevel(int level) { return level == Connection.TRANSACTION_READ_COMMITTED; }
  @Override public boolean supportsDataDefinitionAndDataManipulationTransactions() { return false; }
  @Override public boolean supportsDataManipulationTransactionsOnly() { return true; }
  @Override public boolean dataDefinitionCausesTransactionCommit() { return true; }
  @Override public boolean dataDefinitionIgnoredInTransactions() { return false; }
  @Override public boolean autoCommitFailureClosesAllResultSets() { return false; }
  @Override public boolean supportsSavepoints() { return false; }
  @Override public boolean supportsNamedParameters() { return false; }
  @Override public boolean supportsMultipleOpenResults() { return false; }
  @Override public boolean supportsGetGeneratedKeys() { return false; }
  @Override public boolean generatedKeyAlwaysReturned() { return false; }
  @Override public boolean supportsBatchUpdates() { return true; }
  @Override public boolean supportsStatementPooling() { return false; }
  @Override public boolean supportsStoredFunctionsUsingCallSyntax() { return true; }
  @Override public boolean locatorsUpdateCopy() { return true; }
  @Override public boolean supportsRefCursors() { return false; }
  @Override public boolean supportsSharding() { return false; }

  @Override public boolean supportsResultSetType(int type) { return type == ResultSet.TYPE_FORWARD_ONLY; }
  @Override public boolean supportsResultSetConcurrency(int type, int concurrency) {
    return type == ResultSet.TYPE_FORWARD_ONLY && concurrency == ResultSet.CONCUR_READ_ONLY;
  }
  @Override public boolean supportsResultSetHoldability(int holdability) { return holdability == ResultSet.HOLD_CURSORS_OVER_COMMIT; }
  @Override public int getResultSetHoldability() { return ResultSet.HOLD_CURSORS_OVER_COMMIT; }
  // Result sets are read-only, and whether a change made while one is read shows up in it is not promised.
  @Override public boolean ownUpdatesAreVisible(int type) { return false; }
  @Override public boolean ownDeletesAreVisible(int type) { return false; }
  @Override public boolean ownInsertsAreVisible(int type) { return false; }
  @Override public boolean othersUpdatesAreVisible(int type) { return false; }
  @Override public boolean othersDeletesAreVisible(int type) { return false; }
  @Override public boolean othersInsertsAreVisible(int type) { return false; }
  @Override public boolean updatesAreDetected(int type) { return false; }
  @Override public boolean deletesAreDetected(int type) { return false; }
  @Override public boolean insertsAreDetected(int type) { return false; }
}
