package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.avatica.AvaticaParameter;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * ParameterMetaData over Calcite's parameter descriptions: what today's driver answers for the
 * same parameters, except the class name, which comes from the type instead of Calcite's
 * java.lang.Object. JDBC: https://docs.oracle.com/en/java/javase/17/docs/api/java.sql/java/sql/ParameterMetaData.html
 */
class JdbcResultSetParameterMetaDataTest {
  /** A parameter as Calcite's prepare step describes it (CalcitePrepareImpl, Calcite 1.42: signed false, class Object). */
  private static AvaticaParameter parameter(RelDataType type, String name) {
    int precision = type.getPrecision() == RelDataType.PRECISION_NOT_SPECIFIED ? 0 : type.getPrecision();
    int scale = type.getScale() == RelDataType.SCALE_NOT_SPECIFIED ? 0 : type.getScale();
    return new AvaticaParameter(false, precision, scale, type.getSqlTypeName().getJdbcOrdinal(), type.getSqlTypeName().getName(),
        Object.class.getName(), name);
  }

  private static final List<AvaticaParameter> PARAMETERS = List.of(
      parameter(ResultSetFixtures.sql(SqlTypeName.VARCHAR), "?0"),
      parameter(ResultSetFixtures.sql(SqlTypeName.BIGINT), "?1"),
      parameter(ResultSetFixtures.sql(SqlTypeName.DECIMAL, 10, 2), "?2"),
      parameter(ResultSetFixtures.sql(SqlTypeName.BOOLEAN), "?3"));

  @Test
  void everyMethodAnswersAsTodaysDriverButTheClassComesFromTheType() throws SQLException {
    JdbcParameterMetaData ours = new JdbcParameterMetaData(PARAMETERS);
    try (Connection c = DriverManager.getConnection("jdbc:dynasql:mem:resultset-params"); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE params_t (pk VARCHAR PRIMARY KEY, n BIGINT, d DECIMAL(10, 2), b BOOLEAN)");
      try (PreparedStatement ps = c.prepareStatement("SELECT pk FROM params_t WHERE pk = ? AND n = ? AND d = ? AND b = ?")) {
        ParameterMetaData today = ps.getParameterMetaData();
        assertEquals(today.getParameterCount(), ours.getParameterCount());
        List<String> differences = new ArrayList<>();
        for (int i = 1; i <= today.getParameterCount(); i++) {
          compare(differences, i, "type", today.getParameterType(i), ours.getParameterType(i));
          compare(differences, i, "typeName", today.getParameterTypeName(i), ours.getParameterTypeName(i));
          compare(differences, i, "precision", today.getPrecision(i), ours.getPrecision(i));
          compare(differences, i, "scale", today.getScale(i), ours.getScale(i));
          compare(differences, i, "signed", today.isSigned(i), ours.isSigned(i));
          compare(differences, i, "nullable", today.isNullable(i), ours.isNullable(i));
          compare(differences, i, "mode", today.getParameterMode(i), ours.getParameterMode(i));
        }
        assertTrue(differences.isEmpty(), String.join("\n", differences));
      }
    }
    assertEquals(List.of("java.lang.String", "java.lang.Long", "java.math.BigDecimal", "java.lang.Boolean"),
        List.of(ours.getParameterClassName(1), ours.getParameterClassName(2), ours.getParameterClassName(3), ours.getParameterClassName(4)));
    assertEquals(ParameterMetaData.parameterModeIn, ours.getParameterMode(2));
    assertEquals(ParameterMetaData.parameterNullableUnknown, ours.isNullable(2));
  }

  private static void compare(List<String> differences, int param, String what, Object today, Object ours) {
    if (!today.equals(ours)) differences.add("parameter " + param + " " + what + ": today " + today + ", ours " + ours);
  }

  @Test
  void classesOfOtherTypes() throws SQLException {
    JdbcParameterMetaData m = new JdbcParameterMetaData(List.of(
        new AvaticaParameter(false, 0, 0, Types.ARRAY, "VARCHAR ARRAY", "java.lang.Object", "?0"),
        new AvaticaParameter(false, 0, 0, Types.TIMESTAMP, "TIMESTAMP", "java.lang.Object", "?1"),
        new AvaticaParameter(false, 0, 0, Types.VARBINARY, "VARBINARY", "java.lang.Object", "?2"),
        new AvaticaParameter(false, 0, 0, Types.OTHER, "ANY", "java.lang.Object", "?3"),
        new AvaticaParameter(false, 0, 0, 9999, "NEW", "java.lang.Object", "?4")));
    assertEquals("java.sql.Array", m.getParameterClassName(1));
    assertEquals("java.sql.Timestamp", m.getParameterClassName(2));
    assertEquals("[B", m.getParameterClassName(3));
    assertEquals("java.lang.Object", m.getParameterClassName(4));
    assertEquals("java.lang.Object", m.getParameterClassName(5), "a type code JDBC does not know");
  }

  @Test
  void aParameterOutOfRangeIs07009() {
    JdbcParameterMetaData m = new JdbcParameterMetaData(PARAMETERS);
    List<Executable> calls = List.of(() -> m.getParameterType(0), () -> m.getParameterTypeName(5), () -> m.getPrecision(5),
        () -> m.getScale(-1), () -> m.isSigned(5), () -> m.isNullable(5), () -> m.getParameterMode(5), () -> m.getParameterClassName(0));
    for (Executable call : calls) {
      SQLException e = assertThrows(SQLException.class, call);
      assertEquals("07009", e.getSQLState(), e.getMessage());
      assertTrue(e.getMessage().contains("1..4"), e.getMessage());
    }
  }

  @Test
  void itUnwrapsToItselfOnly() throws SQLException {
    JdbcParameterMetaData m = new JdbcParameterMetaData(List.of());
    assertEquals(0, m.getParameterCount());
    assertSame(m, m.unwrap(ParameterMetaData.class));
    assertTrue(m.isWrapperFor(ParameterMetaData.class));
    assertFalse(m.isWrapperFor(String.class));
    assertEquals("HY000", assertThrows(SQLException.class, () -> m.unwrap(String.class)).getSQLState());
  }
}
