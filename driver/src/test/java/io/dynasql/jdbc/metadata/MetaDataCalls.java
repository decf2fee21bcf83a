package io.dynasql.jdbc.metadata;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** The result-set methods of DatabaseMetaData in the forms tools call them, for {@link MetaDataDump}. */
final class MetaDataCalls {
  /** One call: how it prints, and how it runs. */
  record Call(String text, Body body) {
    ResultSet run(DatabaseMetaData md) throws SQLException {
      return body.run(md);
    }
  }

  /** A metadata call returning rows. */
  @FunctionalInterface
  interface Body {
    ResultSet run(DatabaseMetaData md) throws SQLException;
  }

  private static final String[] TABLE = {"TABLE"};

  static final List<Call> ALL = List.of(
      new Call("getCatalogs()", DatabaseMetaData::getCatalogs),
      new Call("getSchemas()", DatabaseMetaData::getSchemas),
      new Call("getSchemas(null, null)", md -> md.getSchemas(null, null)),
      new Call("getSchemas(null, sys)", md -> md.getSchemas(null, "sys")),
      new Call("getTableTypes()", DatabaseMetaData::getTableTypes),
      new Call("getTypeInfo()", DatabaseMetaData::getTypeInfo),
      new Call("getClientInfoProperties()", DatabaseMetaData::getClientInfoProperties),
      new Call("getTables(null, null, %, null)", md -> md.getTables(null, null, "%", null)),
      new Call("getTables(null, dynasql, %, [TABLE])", md -> md.getTables(null, "dynasql", "%", TABLE)),
      new Call("getTables(null, sys, null, null)", md -> md.getTables(null, "sys", null, null)),
      new Call("getTables(null, null, order\\_items, null)", md -> md.getTables(null, null, "order\\_items", null)),
      new Call("getTables(null, null, order_items, null)", md -> md.getTables(null, null, "order_items", null)),
      new Call("getColumns(null, dynasql, order_items, null)", md -> md.getColumns(null, "dynasql", "order_items", null)),
      new Call("getColumns(null, dynasql, Customers, %)", md -> md.getColumns(null, "dynasql", "Customers", "%")),
      new Call("getColumns(null, dynasql, %, s%)", md -> md.getColumns(null, "dynasql", "%", "s%")),
      new Call("getColumns(null, sys, primary\\_keys, null)", md -> md.getColumns(null, "sys", "primary\\_keys", null)),
      new Call("getPrimaryKeys(null, dynasql, order_items)", md -> md.getPrimaryKeys(null, "dynasql", "order_items")),
      new Call("getPrimaryKeys(null, null, Customers)", md -> md.getPrimaryKeys(null, null, "Customers")),
      new Call("getIndexInfo(null, dynasql, order_items, false, true)", md -> md.getIndexInfo(null, "dynasql", "order_items", false, true)),
      new Call("getIndexInfo(null, dynasql, order_items, true, true)", md -> md.getIndexInfo(null, "dynasql", "order_items", true, true)),
      new Call("getIndexInfo(null, dynasql, Customers, false, false)", md -> md.getIndexInfo(null, "dynasql", "Customers", false, false)),
      new Call("getImportedKeys(null, dynasql, order_items)", md -> md.getImportedKeys(null, "dynasql", "order_items")),
      new Call("getExportedKeys(null, dynasql, order_items)", md -> md.getExportedKeys(null, "dynasql", "order_items")),
      new Call("getCrossReference(null, dynasql, Customers, null, dynasql, order_items)",
          md -> md.getCrossReference(null, "dynasql", "Customers", null, "dynasql", "order_items")),
      new Call("getBestRowIdentifier(null, dynasql, order_items, session, true)",
          md -> md.getBestRowIdentifier(null, "dynasql", "order_items", DatabaseMetaData.bestRowSession, true)),
      new Call("getVersionColumns(null, dynasql, order_items)", md -> md.getVersionColumns(null, "dynasql", "order_items")),
      new Call("getColumnPrivileges(null, dynasql, order_items, %)", md -> md.getColumnPrivileges(null, "dynasql", "order_items", "%")),
      new Call("getTablePrivileges(null, dynasql, %)", md -> md.getTablePrivileges(null, "dynasql", "%")),
      new Call("getPseudoColumns(null, dynasql, %, %)", md -> md.getPseudoColumns(null, "dynasql", "%", "%")),
      new Call("getProcedures(null, null, %)", md -> md.getProcedures(null, null, "%")),
      new Call("getProcedureColumns(null, null, %, %)", md -> md.getProcedureColumns(null, null, "%", "%")),
      new Call("getFunctions(null, null, %)", md -> md.getFunctions(null, null, "%")),
      new Call("getFunctionColumns(null, null, %, %)", md -> md.getFunctionColumns(null, null, "%", "%")),
      new Call("getUDTs(null, null, %, null)", md -> md.getUDTs(null, null, "%", null)),
      new Call("getSuperTypes(null, null, %)", md -> md.getSuperTypes(null, null, "%")),
      new Call("getSuperTables(null, null, %)", md -> md.getSuperTables(null, null, "%")),
      new Call("getAttributes(null, null, %, %)", md -> md.getAttributes(null, null, "%", "%")));

  private MetaDataCalls() {}
}
