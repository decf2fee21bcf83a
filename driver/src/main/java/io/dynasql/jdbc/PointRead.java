package io.dynasql.jdbc;

import io.dynasql.pushdown.AccessKind;
import io.dynasql.pushdown.AccessRunner;
import io.dynasql.pushdown.DynamoTableAccess;
import java.lang.reflect.Method;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import org.apache.calcite.avatica.AvaticaConnection;
import org.apache.calcite.avatica.AvaticaResultSet;
import org.apache.calcite.avatica.AvaticaStatement;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.avatica.MetaImpl;
import org.apache.calcite.avatica.QueryState;
import org.apache.calcite.avatica.remote.TypedValue;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelRoot;
import org.apache.calcite.rel.core.Calc;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLocalRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexProgram;

/**
 * The direct path for a prepared point query: a plan that is one GET of whole columns
 * ({@code SELECT a, b FROM t WHERE pk = ? AND sk = ?}) runs without Calcite's per-execution
 * machinery (data context, configuration parsing, generated code): the bound parameters go
 * straight to the store's GetItem, and the row comes back in Avatica's own result set with the
 * statement's column metadata, so every getter converts exactly as on the planned path.
 */
final class PointRead {
  private final io.dynasql.pushdown.DynamoSource source;
  private final io.dynasql.pushdown.AccessPath path;
  private final int[] fields;
  private Meta.Signature signature;
  private TimeZone timeZone;

  private PointRead(io.dynasql.pushdown.DynamoSource source, io.dynasql.pushdown.AccessPath path, int[] fields) {
    this.source = source;
    this.path = path;
    this.fields = fields;
  }

  /** A GET found without planning ({@link DirectPoint}), returning {@code fields} of {@code table}. */
  static PointRead direct(io.dynasql.calcite.DynasqlTable table, io.dynasql.pushdown.AccessPath path, int[] fields) {
    return new PointRead(table, path, fields);
  }

  /** The point read a final plan is, or null when it is anything else. */
  static PointRead of(RelRoot root) {
    RelNode rel = root.rel;
    int[] refs;
    DynamoTableAccess access;
    if (rel instanceof DynamoTableAccess a) {
      access = a;
      refs = null;
    } else if (rel instanceof Calc calc && calc.getInput() instanceof DynamoTableAccess a) {
      refs = inputRefs(calc.getProgram());
      if (refs == null) return null;
      access = a;
    } else {
      return null;
    }
    if (access.path().kind() != AccessKind.GET) return null;
    int[] out = new int[root.fields.size()];
    for (int i = 0; i < out.length; i++) {
      int field = root.fields.get(i).getKey();
      out[i] = access.fields().get(refs == null ? field : refs[field]);
    }
    return new PointRead(access.source(), access.path(), out);
  }

  /** For each output of a Calc without a condition, the input field it passes on; null otherwise. */
  private static int[] inputRefs(RexProgram program) {
    if (program.getCondition() != null) return null;
    List<RexLocalRef> projects = program.getProjectList();
    int[] refs = new int[projects.size()];
    for (int i = 0; i < refs.length; i++) {
      RexNode e = program.expandLocalRef(projects.get(i));
      if (!(e instanceof RexInputRef r)) return null;
      refs[i] = r.getIndex();
    }
    return refs;
  }

  /** Completes this with the prepared statement's signature; false when that cannot be read. */
  boolean attach(PreparedStatement calcite) {
    try {
      signature = (Meta.Signature) SIGNATURE.invoke(calcite);
      timeZone = ((AvaticaConnection) calcite.getConnection()).getTimeZone();
      return signature != null && signature.cursorFactory != null && signature.columns.size() == fields.length;
    } catch (ReflectiveOperationException | SQLException | RuntimeException e) {
      return false; // the planned path still works
    }
  }

  /** Runs the read with the statement's bound parameters; null when one is unbound (the planned path reports it). */
  ResultSet execute(PreparedStatement calcite) throws SQLException {
    List<TypedValue> slots;
    try {
      @SuppressWarnings("unchecked")
      List<TypedValue> values = (List<TypedValue>) PARAMETERS.invoke(calcite);
      slots = values;
    } catch (ReflectiveOperationException e) {
      return null;
    }
    Object[] locals = new Object[slots.size()];
    for (int i = 0; i < locals.length; i++) {
      if (slots.get(i) == null) return null;
      locals[i] = slots.get(i).toLocal();
    }
    return resultSet((AvaticaStatement) calcite, signature, calcite.getMetaData(), timeZone, new Parameters(locals));
  }

  /**
   * Runs a GET {@link DirectPoint} found, on Calcite's plain statement {@code statement}, with the
   * column metadata Calcite's prepare would have given the same query (its own code makes it).
   */
  ResultSet executeDirect(AvaticaStatement statement, String sql) throws SQLException {
    org.apache.calcite.jdbc.CalciteConnection c = statement.getConnection().unwrap(org.apache.calcite.jdbc.CalciteConnection.class);
    org.apache.calcite.adapter.java.JavaTypeFactory types = c.getTypeFactory();
    org.apache.calcite.rel.type.RelDataType row = ((org.apache.calcite.schema.Table) source).getRowType(types);
    org.apache.calcite.rel.type.RelDataTypeFactory.Builder b = types.builder();
    List<List<String>> origins = new ArrayList<>();
    for (int f : fields) {
      org.apache.calcite.rel.type.RelDataTypeField field = row.getFieldList().get(f);
      b.add(field.getName(), field.getType());
      origins.add(List.of(DynasqlDriver.SCHEMA, source.descriptor().name(), field.getName()));
    }
    org.apache.calcite.rel.type.RelDataType x = b.build();
    List<org.apache.calcite.avatica.ColumnMetaData> columns;
    try {
      @SuppressWarnings("unchecked")
      List<org.apache.calcite.avatica.ColumnMetaData> made =
          (List<org.apache.calcite.avatica.ColumnMetaData>) COLUMN_METADATA.invoke(null, types, x, x, origins);
      columns = made;
    } catch (ReflectiveOperationException e) {
      throw new SQLException("Cannot describe the columns of " + sql + ": " + e, "HY000", e);
    }
    Meta.Signature sig = Meta.Signature.create(columns, sql, List.of(), Meta.CursorFactory.deduce(columns, null),
        Meta.StatementType.SELECT);
    return resultSet(statement, sig, new org.apache.calcite.avatica.AvaticaResultSetMetaData(statement, null, sig),
        ((AvaticaConnection) statement.getConnection()).getTimeZone(), new Parameters(new Object[0]));
  }

  /** The rows of the GET in Avatica's result set, converted by {@code signature}'s columns. */
  private ResultSet resultSet(AvaticaStatement statement, Meta.Signature signature, java.sql.ResultSetMetaData meta,
      TimeZone timeZone, Parameters parameters) throws SQLException {
    boolean scalar = signature.cursorFactory.style == Meta.Style.OBJECT;
    List<Object> rows = new ArrayList<>(1);
    for (Object row : AccessRunner.enumerable(source, path, fields, scalar, parameters)) rows.add(row);
    AvaticaResultSet rs = new AvaticaResultSet(statement, new QueryState(signature.sql), signature, meta, timeZone, null);
    return rs.execute2(MetaImpl.createCursor(signature.cursorFactory, rows), signature.columns);
  }

  /** Calcite's own column metadata maker (private in CalcitePrepareImpl): the direct path must describe columns as it does. */
  private static final Method COLUMN_METADATA;

  static {
    try {
      COLUMN_METADATA = org.apache.calcite.prepare.CalcitePrepareImpl.class.getDeclaredMethod("getColumnMetaDataList",
          org.apache.calcite.adapter.java.JavaTypeFactory.class, org.apache.calcite.rel.type.RelDataType.class,
          org.apache.calcite.rel.type.RelDataType.class, List.class);
      COLUMN_METADATA.setAccessible(true);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static final Method SIGNATURE = method("getSignature");
  private static final Method PARAMETERS = method("getParameterValues");

  private static Method method(String name) {
    try {
      Class<?> c = name.equals("getSignature") ? AvaticaStatement.class
          : org.apache.calcite.avatica.AvaticaPreparedStatement.class;
      Method m = c.getDeclaredMethod(name);
      m.setAccessible(true); // protected in Avatica; the driver and Avatica share one class loader
      return m;
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** The bound parameters as the store's binder reads them ({@code ?0}, {@code ?1}, ...). */
  private record Parameters(Object[] values) implements org.apache.calcite.DataContext {
    @Override
    public Object get(String name) {
      return name.startsWith("?") ? values[Integer.parseInt(name, 1, name.length(), 10)] : null;
    }

    @Override
    public org.apache.calcite.schema.SchemaPlus getRootSchema() {
      return null;
    }

    @Override
    public org.apache.calcite.adapter.java.JavaTypeFactory getTypeFactory() {
      return null;
    }

    @Override
    public org.apache.calcite.linq4j.QueryProvider getQueryProvider() {
      return null;
    }
  }
}
