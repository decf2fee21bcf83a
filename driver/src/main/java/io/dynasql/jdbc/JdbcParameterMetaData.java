package io.dynasql.jdbc;

import io.dynasql.calcite.SqlState;
import java.sql.ParameterMetaData;
import java.sql.SQLException;
import java.util.List;
import org.apache.calcite.avatica.AvaticaParameter;

/**
 * ParameterMetaData over Calcite's description of a statement's {@code ?} parameters. Every
 * parameter is IN; whether it may be NULL is not known from its type, so it is
 * parameterNullableUnknown. A parameter index out of range is 07009.
 */
final class JdbcParameterMetaData implements ParameterMetaData {
  private final List<AvaticaParameter> parameters;

  JdbcParameterMetaData(List<AvaticaParameter> parameters) {
    this.parameters = List.copyOf(parameters);
  }

  private AvaticaParameter parameter(int param) throws SQLException {
    if (param < 1 || param > parameters.size()) {
      throw new SQLException("Parameter index " + param + " is out of range 1.." + parameters.size(), SqlState.INVALID_DESCRIPTOR_INDEX.code());
    }
    return parameters.get(param - 1);
  }

  @Override public int getParameterCount() {
    return parameters.size();
  }

  @Override public int isNullable(int param) throws SQLException {
    parameter(param);
    return ParameterMetaData.parameterNullableUnknown;
  }

  @Override public boolean isSigned(int param) throws SQLException {
    return parameter(param).signed;
  }

  @Override public int getPrecision(int param) throws SQLException {
    return parameter(param).precision;
  }

  @Override public int getScale(int param) throws SQLException {
    return parameter(param).scale;
  }

  @Override public int getParameterType(int param) throws SQLException {
    return parameter(param).parameterType;
  }

  @Override public String getParameterTypeName(int param) throws SQLException {
    return parameter(param).typeName;
  }

  /**
   * The class setObject takes for the parameter's type. Calcite names java.lang.Object for every
   * parameter (CALCITE-2613), which tells a tool nothing; the type does.
   */
  @Override public String getParameterClassName(int param) throws SQLException {
    return JdbcClasses.of(parameter(param).parameterType);
  }

  @Override public int getParameterMode(int param) throws SQLException {
    parameter(param);
    return ParameterMetaData.parameterModeIn;
  }

  @Override public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface != null && iface.isInstance(this)) return iface.cast(this);
    throw new SQLException("The parameter metadata is not a wrapper for " + (iface == null ? "null" : iface.getName()), SqlState.GENERAL_ERROR.code());
  }

  @Override public boolean isWrapperFor(Class<?> iface) {
    return iface != null && iface.isInstance(this);
  }
}
