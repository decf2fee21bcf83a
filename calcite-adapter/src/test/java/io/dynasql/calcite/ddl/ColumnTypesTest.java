package io.dynasql.calcite.ddl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.dynasql.engine.model.AttributeType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnTypesTest {

  private static ColumnType typeOf(String written) {
    DdlStatement.CreateTable c = CreateTableParseTest.create("CREATE TABLE t (k INT PRIMARY KEY, c " + written + ")");
    return c.columns().get(1).type();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "varchar            | VARCHAR            | S",
      "VarChar(255)       | VARCHAR(255)       | S",
      "char(2)            | CHAR(2)            | S",
      "text               | TEXT               | S",
      "string(10)         | STRING(10)         | S",
      "bigint             | BIGINT             | N",
      "int                | INT                | N",
      "integer            | INTEGER            | N",
      "smallint           | SMALLINT           | N",
      "tinyint            | TINYINT            | N",
      "decimal            | DECIMAL            | N",
      "decimal(10,2)      | DECIMAL(10, 2)     | N",
      "numeric( 38 )      | NUMERIC(38)        | N",
      "double             | DOUBLE             | N",
      "float              | FLOAT              | N",
      "real               | REAL               | N",
      "varbinary(16)      | VARBINARY(16)      | B",
      "binary             | BINARY             | B",
      "blob               | BLOB               | B",
      "bytes              | BYTES              | B"})
  void keyTypes(String written, String sql, AttributeType keyType) {
    assertEquals(new ColumnType(sql, keyType), typeOf(written));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "boolean                | BOOLEAN",
      "json                   | JSON",
      "varchar array          | VARCHAR ARRAY",
      "decimal(5, 1) Array    | DECIMAL(5, 1) ARRAY",
      "json array array       | JSON ARRAY ARRAY"})
  void nonKeyTypes(String written, String sql) {
    assertEquals(new ColumnType(sql, null), typeOf(written));
  }

  @Test
  void catalogTypesAreReadBack() {
    assertEquals(new ColumnType("DECIMAL(10, 2)", AttributeType.N), ColumnTypes.fromCatalog("DECIMAL(10, 2)"));
    assertEquals(new ColumnType("BYTES", AttributeType.B), ColumnTypes.fromCatalog("BYTES"));
    assertNull(ColumnTypes.fromCatalog("VARCHAR ARRAY").keyType());
    assertNull(ColumnTypes.fromCatalog("TIMESTAMP"));
    assertNull(ColumnTypes.fromCatalog("VARCHAR(10) junk"));
    assertNull(ColumnTypes.fromCatalog("\"unclosed"));
  }
}
