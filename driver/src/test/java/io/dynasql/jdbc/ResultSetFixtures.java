package io.dynasql.jdbc;

import io.dynasql.calcite.DynasqlTypeSystem;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.avatica.ColumnMetaData;
import org.apache.calcite.avatica.util.ArrayImpl;
import org.apache.calcite.avatica.util.ArrayIteratorCursor;
import org.apache.calcite.avatica.util.Cursor;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Columns described as Calcite describes a query's columns, and a {@link ResultSetHost} that
 * records what the result set tells it.
 *
 * <p>Row values are in the representation Calcite's Enumerable code produces: the Java class
 * {@link JavaTypeFactory#getJavaClass} gives each SQL type (a nullable DATE is an Integer of days
 * since 1970, TIME an Integer of milliseconds of the day, TIMESTAMP a Long of milliseconds since
 * 1970, DECIMAL a BigDecimal, VARCHAR a String, VARBINARY an Avatica ByteString, BOOLEAN a
 * Boolean, an ARRAY a java.util.List); {@code JdbcResultSetDifferentialTest} checks this mapping.
 */
final class ResultSetFixtures {
  static final JavaTypeFactory TYPES = new JavaTypeFactoryImpl(DynasqlTypeSystem.INSTANCE);

  private ResultSetFixtures() {}

  /** A nullable SQL type. */
  static RelDataType sql(SqlTypeName name) {
    return TYPES.createTypeWithNullability(TYPES.createSqlType(name), true);
  }

  /** A SQL type that does not admit NULL (the elements of {@code ARRAY[1, 2]}, say). */
  static RelDataType notNull(SqlTypeName name) {
    return TYPES.createSqlType(name);
  }

  static RelDataType sql(SqlTypeName name, int precision) {
    return TYPES.createTypeWithNullability(TYPES.createSqlType(name, precision), true);
  }

  static RelDataType sql(SqlTypeName name, int precision, int scale) {
    return TYPES.createTypeWithNullability(TYPES.createSqlType(name, precision, scale), true);
  }

  static RelDataType arrayOf(RelDataType component) {
    return TYPES.createTypeWithNullability(TYPES.createArrayType(component, -1), true);
  }

  /**
   * The column Calcite's prepare step makes for {@code type} (CalcitePrepareImpl.metaData and
   * avaticaType in Calcite 1.42): the type's JDBC code and name, its representation from the Java
   * class of its values, precision and scale (0 when unspecified), label and name.
   */
  static ColumnMetaData column(int ordinal, String label, RelDataType type) {
    ColumnMetaData.AvaticaType avatica = avaticaType(type);
    int precision = type.getPrecision() == RelDataType.PRECISION_NOT_SPECIFIED ? 0 : type.getPrecision();
    int scale = type.getScale() == RelDataType.SCALE_NOT_SPECIFIED ? 0 : type.getScale();
    return new ColumnMetaData(ordinal, false, true, false, false,
        type.isNullable() ? DatabaseMetaData.columnNullable : DatabaseMetaData.columnNoNulls,
        !SqlTypeName.UNSIGNED_TYPES.contains(type.getSqlTypeName()), type.getPrecision(), label, null, null,
        precision, scale, null, null, avatica, true, false, false, avatica.columnClassName());
  }

  static ColumnMetaData.AvaticaType avaticaType(RelDataType type) {
    if (type.getComponentType() != null) {
      Type clazz = TYPES.getJavaClass(type.getComponentType());
      return ColumnMetaData.array(avaticaType(type.getComponentType()), type.toString(), ColumnMetaData.Rep.of(clazz));
    }
    Type clazz = TYPES.getJavaClass(type);
    return ColumnMetaData.scalar(type.getSqlTypeName().getJdbcOrdinal(), type.getSqlTypeName().getName(), ColumnMetaData.Rep.of(clazz));
  }

  /** Columns named c1, c2, ... of these types. */
  static List<ColumnMetaData> columns(RelDataType... types) {
    List<ColumnMetaData> out = new ArrayList<>();
    for (RelDataType t : types) out.add(column(out.size(), "c" + (out.size() + 1), t));
    return out;
  }

  /** Typical arguments: the column first (1 or "c1"), then zeros and nulls. */
  static Object[] arguments(Method m) {
    Class<?>[] types = m.getParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      Class<?> t = types[i];
      if (i == 0 && t == String.class) args[i] = "c1";
      else if (t == int.class) args[i] = 1;
      else if (t == long.class) args[i] = 1L;
      else if (t == boolean.class) args[i] = true;
      else if (t == byte.class) args[i] = (byte) 1;
      else if (t == short.class) args[i] = (short) 1;
      else if (t == float.class) args[i] = 1f;
      else if (t == double.class) args[i] = 1d;
    }
    return args;
  }

  /** A cursor over rows in memory that counts its moves and closes, and can fail its next move. */
  static class CountingCursor implements Cursor {
    private final Cursor rows;
    int moves;
    int closes;
    RuntimeException failNext;

    CountingCursor(List<Object[]> rows) {
      this.rows = new ArrayIteratorCursor(rows.iterator());
    }

    @Override public List<Accessor> createAccessors(List<ColumnMetaData> columns, Calendar calendar, ArrayImpl.Factory factory) {
      return rows.createAccessors(columns, calendar, factory);
    }

    @Override public boolean next() throws SQLException {
      moves++;
      if (failNext != null) throw failNext;
      return rows.next();
    }

    @Override public void close() {
      closes++;
      rows.close();
    }

    @Override public boolean wasNull() throws SQLException {
      return rows.wasNull();
    }
  }

  /** A host that records the steps, exhaustion and close it is told of, and can close its connection. */
  static final class RecordingHost implements ResultSetHost {
    final Object lock = new Object();
    Statement statement;
    SQLWarning warnings;
    boolean connectionOpen = true;
    int steps;
    int exhausted;
    final List<Boolean> closes = new ArrayList<>();

    @Override public Statement statement() {
      return statement;
    }

    @Override public Object lock() {
      return lock;
    }

    /** Called first by every method but close and isClosed: so each is checked to hold the connection's lock. */
    @Override public void checkConnectionOpen() throws SQLException {
      if (!Thread.holdsLock(lock)) throw new AssertionError("a call without the connection's lock");
      if (!connectionOpen) throw SqlStates.connectionClosed();
    }

    @Override public boolean step(SqlStep step) throws SQLException {
      if (!Thread.holdsLock(lock)) throw new AssertionError("a step without the connection's lock");
      steps++;
      return step.next();
    }

    @Override public SQLWarning warnings() {
      return warnings;
    }

    @Override public void exhausted() {
      exhausted++;
    }

    @Override public void closed(JdbcResultSet rs, boolean byCaller) {
      closes.add(byCaller);
    }
  }
}
