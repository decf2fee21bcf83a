package io.dynasql.calcite.ddl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Every parse error names what was expected and what was found, at a 1-based line and column. */
class DdlSyntaxErrorTest {

  private static void fails(String sql, String message) {
    DdlSyntaxException e = assertThrows(DdlSyntaxException.class, () -> DdlParser.parse(sql));
    assertEquals(message, e.getMessage());
  }

  @Test
  void positionIsLineAndColumnOfTheOffendingToken() {
    DdlSyntaxException e = assertThrows(DdlSyntaxException.class,
        () -> DdlParser.parse("CREATE TABLE t (\n  k INT PRIMARY KEY\n  v TEXT\n)"));
    assertEquals(3, e.line());
    assertEquals(3, e.column());
    assertEquals("Expected ',' or ')' after column k but found 'v'", e.reason());
  }

  @Test
  void createTableStructure() {
    fails("CREATE TABLE", "Expected a table name after CREATE TABLE but found end of statement at line 1, column 13");
    fails("CREATE TABLE IF NOT EXISTS (k INT)", "Expected a table name after IF NOT EXISTS but found '(' at line 1, column 28");
    fails("CREATE TABLE t k INT", "Expected '(' after table name t but found 'k' at line 1, column 16");
    fails("CREATE TABLE t ()", "Expected a column name, PRIMARY KEY or LOCAL INDEX after '(' or ',' but found ')' at line 1, column 17");
    fails("CREATE TABLE t (k INT PRIMARY KEY FOO)", "Expected ',' or ')' after column k but found 'FOO' at line 1, column 35");
    fails("CREATE TABLE t (k INT PRIMARY KEY", "Expected ',' or ')' after column k but found end of statement at line 1, column 34");
    fails("CREATE TABLE t (k INT PRIMARY KEY) extra", "Expected end of statement after the column list but found 'extra' at line 1, column 36");
    fails("CREATE TABLE t (k INT PRIMARY KEY);;", "Expected end of statement after the column list but found ';' at line 1, column 36");
  }

  @Test
  void types() {
    fails("CREATE TABLE t (k FOO PRIMARY KEY)", "Expected a type (VARCHAR, CHAR, TEXT, STRING, BIGINT, INT, INTEGER, SMALLINT, "
        + "TINYINT, DECIMAL, NUMERIC, DOUBLE, FLOAT, REAL, VARBINARY, BINARY, BLOB, BYTES, BOOLEAN, JSON) after column name k "
        + "but found 'FOO' at line 1, column 19");
    fails("CREATE TABLE t (k \"INT\")", "Expected a type (VARCHAR, CHAR, TEXT, STRING, BIGINT, INT, INTEGER, SMALLINT, "
        + "TINYINT, DECIMAL, NUMERIC, DOUBLE, FLOAT, REAL, VARBINARY, BINARY, BLOB, BYTES, BOOLEAN, JSON) after column name k "
        + "but found '\"INT\"' at line 1, column 19");
    fails("CREATE TABLE t (k INT(11))", "Expected no size (INT takes none) after type INT but found '(' at line 1, column 22");
    fails("CREATE TABLE t (k VARCHAR(10, 2))", "Expected ')' after the size of VARCHAR but found ',' at line 1, column 29");
    fails("CREATE TABLE t (k VARCHAR(n))", "Expected a length or precision after VARCHAR( but found 'n' at line 1, column 27");
    fails("CREATE TABLE t (k DECIMAL(10, 'x'))", "Expected a scale after DECIMAL(precision, but found string 'x' at line 1, column 31");
    fails("CREATE TABLE t (k VARCHAR(1234567890123456789))",
        "Expected a length or precision of at most 18 digits after VARCHAR( but found '1234567890123456789' at line 1, column 27");
  }

  @Test
  void keys() {
    fails("CREATE TABLE t (a INT, b INT)",
        "Table t has no PRIMARY KEY: a dynasql table needs a PRIMARY KEY (partition key [, sort key]) at line 1, column 29");
    fails("CREATE TABLE t (a INT, b INT, c INT, PRIMARY KEY (a, b, c))",
        "Expected at most 2 columns (partition key, sort key) in the PRIMARY KEY but found a third, 'c' at line 1, column 57");
    fails("CREATE TABLE t (a INT PRIMARY KEY, b INT PRIMARY KEY, c INT PRIMARY KEY)",
        "Expected at most 2 PRIMARY KEY columns (partition key, sort key) in table t but found a third, 'c' at line 1, column 55");
    fails("CREATE TABLE t (a INT, PRIMARY KEY (a, a))", "Column a appears twice in the PRIMARY KEY at line 1, column 40");
    fails("CREATE TABLE t (a INT, PRIMARY KEY (a), PRIMARY KEY (a))",
        "Expected one PRIMARY KEY (...) in table t but found a second at line 1, column 41");
    fails("CREATE TABLE t (a INT PRIMARY KEY, b INT, PRIMARY KEY (b))",
        "Expected the PRIMARY KEY once in table t but found it both on column a and as PRIMARY KEY (...) at line 1, column 17");
    fails("CREATE TABLE t (a INT PRIMARY KEY PRIMARY KEY)",
        "Expected PRIMARY KEY once on column a but found it twice at line 1, column 35");
    fails("CREATE TABLE t (a INT, PRIMARY KEY (A))", "Key column A is not a column of table t at line 1, column 37");
    fails("CREATE TABLE t (a INT, a TEXT, PRIMARY KEY (a))", "Column a is declared twice in table t at line 1, column 24");
    fails("CREATE TABLE t (PRIMARY KEY a)", "Expected '(' after PRIMARY KEY but found 'a' at line 1, column 29");
    fails("CREATE TABLE t (a INT, PRIMARY KEY ())", "Expected a column name after '(' of the PRIMARY KEY but found ')' at line 1, column 37");
    fails("CREATE TABLE t (a INT, PRIMARY KEY (a b))", "Expected ')' after the columns of the PRIMARY KEY but found 'b' at line 1, column 39");
  }

  @Test
  void keyColumnsNeedKeyTypes() {
    String why = ", but a key must be a string (S), number (N) or binary (B) type such as VARCHAR, BIGINT, DECIMAL or VARBINARY";
    fails("CREATE TABLE t (flag BOOLEAN PRIMARY KEY)", "Key column flag has type BOOLEAN" + why + " at line 1, column 22");
    fails("CREATE TABLE t (doc json, PRIMARY KEY (doc))", "Key column doc has type JSON" + why + " at line 1, column 21");
    fails("CREATE TABLE t (k INT, tags VARCHAR(5) ARRAY, PRIMARY KEY (k, tags))",
        "Key column tags has type VARCHAR(5) ARRAY" + why + " at line 1, column 29");
    fails("CREATE TABLE t (k INT, s INT, f BOOLEAN, PRIMARY KEY (k, s), LOCAL INDEX byF (f))",
        "Local index byF's sort key f has type BOOLEAN" + why + " at line 1, column 33");
  }

  @Test
  void localIndexesInCreateTable() {
    fails("CREATE TABLE t (k INT, s INT, PRIMARY KEY (k, s), LOCAL INDEX byX (x))",
        "Local index byX's sort key x is not a column of table t at line 1, column 68");
    fails("CREATE TABLE t (k INT, s INT, x INT, PRIMARY KEY (k, s), LOCAL INDEX byX (s, x))",
        "Expected the table's partition key k as the first column of local index byX but found 's' (or give only the index's sort key)"
        + " at line 1, column 75");
    fails("CREATE TABLE t (k INT, s INT, PRIMARY KEY (k, s), LOCAL INDEX byK (k))",
        "Expected a sort key for local index byK but found the table's partition key k (a local index keeps the partition key"
        + " and adds a sort key) at line 1, column 68");
    fails("CREATE TABLE t (k INT PRIMARY KEY, LOCAL INDEX (k))",
        "Expected an index name after LOCAL INDEX but found '(' at line 1, column 48");
    fails("CREATE TABLE t (k INT PRIMARY KEY, x INT, LOCAL INDEX i (x) INCLUDE ())",
        "Expected an attribute name after INCLUDE ( but found ')' at line 1, column 70");
  }

  @Test
  void withOptions() {
    String table = "CREATE TABLE t (k INT PRIMARY KEY) ";
    fails(table + "WITH billing_mode = 'PROVISIONED'", "Expected '(' after WITH but found 'billing_mode' at line 1, column 41");
    fails(table + "WITH (billing_mode = 'FREE')",
        "Expected 'PAY_PER_REQUEST' or 'PROVISIONED' after billing_mode = but found string 'FREE' at line 1, column 57");
    fails(table + "WITH (table_class = 'COLD')",
        "Expected 'STANDARD' or 'STANDARD_INFREQUENT_ACCESS' after table_class = but found string 'COLD' at line 1, column 56");
    fails(table + "WITH (read_capacity = 'five')", "Expected a whole number after read_capacity = but found string 'five' at line 1, column 58");
    fails(table + "WITH (read_capacity = -1)", "Expected a whole number after read_capacity = but found '-' at line 1, column 58");
    fails(table + "WITH (read_capacity 5)", "Expected '=' after read_capacity but found '5' at line 1, column 56");
    fails(table + "WITH (speed = 5)",
        "Expected an option (billing_mode, read_capacity, write_capacity, table_class or stream) but found 'speed' at line 1, column 42");
    fails(table + "WITH (read_capacity = 5, READ_CAPACITY = 6)",
        "Expected each option once but found read_capacity twice at line 1, column 61");
    fails(table + "WITH (read_capacity = 5", "Expected ')' after the WITH options but found end of statement at line 1, column 59");
    fails(table + "WITH (read_capacity = 5) x", "Expected end of statement after the WITH options but found 'x' at line 1, column 61");
  }

  @Test
  void createIndex() {
    fails("CREATE GLOBAL TABLE t", "Expected INDEX after CREATE GLOBAL but found 'TABLE' at line 1, column 15");
    fails("CREATE LOCAL INDEX", "Expected an index name after CREATE LOCAL INDEX but found end of statement at line 1, column 19");
    fails("CREATE INDEX i t (a)", "Expected ON after index name i but found 't' at line 1, column 16");
    fails("CREATE INDEX i ON (a)", "Expected a table name after ON but found '(' at line 1, column 19");
    fails("CREATE INDEX i ON t a", "Expected '(' after table name t but found 'a' at line 1, column 21");
    fails("CREATE INDEX i ON t (a, b, c)",
        "Expected at most 2 columns (partition key, sort key) in the key of index i but found a third, 'c' at line 1, column 28");
    fails("CREATE INDEX i ON t (a,)", "Expected a column name after ',' in the key of index i but found ')' at line 1, column 24");
    fails("CREATE INDEX i ON t (a) INCLUDE a", "Expected '(' after INCLUDE but found 'a' at line 1, column 33");
    fails("CREATE INDEX i ON t (a) PROJECT ALL", "Expected end of statement after index i but found 'PROJECT' at line 1, column 25");
  }

  @Test
  void drop() {
    fails("DROP TABLE", "Expected a table name after DROP TABLE but found end of statement at line 1, column 11");
    fails("DROP TABLE IF EXISTS", "Expected a table name after IF EXISTS but found end of statement at line 1, column 21");
    fails("DROP TABLE a, b", "Expected end of statement after table name a but found ',' at line 1, column 13");
    fails("DROP INDEX i", "Expected ON after index name i but found end of statement at line 1, column 13");
    fails("DROP INDEX i ON t CASCADE", "Expected end of statement after table name t but found 'CASCADE' at line 1, column 19");
  }
}
