package io.dynasql.calcite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

/**
 * The result types of SUM, AVG and COUNT over each numeric column type.
 *
 * <p>AVG of an integer column is fractional in the references: PostgreSQL's avg returns numeric
 * "for any integer-type argument" (https://www.postgresql.org/docs/current/functions-aggregate.html);
 * H2's AVG returns DOUBLE PRECISION for TINYINT, SMALLINT and INTEGER and NUMERIC with 10 more
 * digits of precision and scale for BIGINT and NUMERIC
 * (https://h2database.com/html/functions-aggregate.html#avg). dynasql follows PostgreSQL's exact
 * numeric, since DynamoDB's numbers are decimals.
 */
class DynasqlTypeSystemTest {
  private final RelDataTypeFactory types = new JavaTypeFactoryImpl(DynasqlTypeSystem.INSTANCE);

  private RelDataType type(SqlTypeName name) {
    return types.createSqlType(name);
  }

  private RelDataType decimal(int precision, int scale) {
    return types.createSqlType(SqlTypeName.DECIMAL, precision, scale);
  }

  @Test
  void avgOfAnIntegerColumnIsADecimalWithSixteenFractionalDigits() {
    for (SqlTypeName t : new SqlTypeName[] {SqlTypeName.TINYINT, SqlTypeName.SMALLINT, SqlTypeName.INTEGER, SqlTypeName.BIGINT}) {
      assertEquals(decimal(38, 16), DynasqlTypeSystem.INSTANCE.deriveAvgAggType(types, type(t)), t.name());
    }
  }

  @Test
  void avgOfADecimalKeepsAtLeastItsScaleAndRoomForItsIntegerDigits() {
    assertEquals(decimal(38, 16), DynasqlTypeSystem.INSTANCE.deriveAvgAggType(types, decimal(12, 2)));
    assertEquals(decimal(38, 20), DynasqlTypeSystem.INSTANCE.deriveAvgAggType(types, decimal(30, 20)));
    // 30 integer digits leave 8 for the fraction
    assertEquals(decimal(38, 8), DynasqlTypeSystem.INSTANCE.deriveAvgAggType(types, decimal(32, 2)));
    assertEquals(decimal(38, 0), DynasqlTypeSystem.INSTANCE.deriveAvgAggType(types, decimal(38, 0)));
  }

  @Test
  void avgOfApproximateNumbersStaysApproximate() {
    assertEquals(type(SqlTypeName.DOUBLE), DynasqlTypeSystem.INSTANCE.deriveAvgAggType(types, type(SqlTypeName.DOUBLE)));
    assertEquals(type(SqlTypeName.REAL), DynasqlTypeSystem.INSTANCE.deriveAvgAggType(types, type(SqlTypeName.REAL)));
  }

  @Test
  void nullabilityFollowsTheArgument() {
    RelDataType nullableInt = types.createTypeWithNullability(type(SqlTypeName.INTEGER), true);
    assertEquals(types.createTypeWithNullability(decimal(38, 16), true),
        DynasqlTypeSystem.INSTANCE.deriveAvgAggType(types, nullableInt));
  }

  @Test
  void sumIsAsBefore() {
    assertEquals(type(SqlTypeName.BIGINT), DynasqlTypeSystem.INSTANCE.deriveSumType(types, type(SqlTypeName.SMALLINT)));
    assertEquals(type(SqlTypeName.BIGINT), DynasqlTypeSystem.INSTANCE.deriveSumType(types, type(SqlTypeName.INTEGER)));
    assertEquals(decimal(38, 2), DynasqlTypeSystem.INSTANCE.deriveSumType(types, decimal(12, 2)));
    assertEquals(type(SqlTypeName.DOUBLE), DynasqlTypeSystem.INSTANCE.deriveSumType(types, type(SqlTypeName.DOUBLE)));
  }
}
