package io.dynasql.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.federation.catalog.SourceOption;
import io.dynasql.federation.catalog.SourceType;
import io.dynasql.federation.ddl.SourceParser;
import io.dynasql.federation.ddl.SourceStatement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The source statements' grammar: what is ours, what is not, and how malformed text is refused. */
class SourceParserTest {
  @Test
  void createKeepsTheOptionsAsWritten() {
    SourceStatement s = SourceParser.parse("create source if not exists \"Crm\" type jdbc options (URL 'jdbc:h2:mem:a;X=1',"
        + " user 'o''neil', pool_size '3');").orElseThrow();
    assertEquals(new SourceStatement.Create("Crm", true, SourceType.JDBC, Map.of(SourceOption.URL, "jdbc:h2:mem:a;X=1",
        SourceOption.USER, "o'neil", SourceOption.POOL_SIZE, "3")), s);
  }

  @Test
  void dropAndAlter() {
    assertEquals(new SourceStatement.Drop("crm", true), SourceParser.parse("DROP SOURCE IF EXISTS crm").orElseThrow());
    assertEquals(new SourceStatement.Alter("crm", Map.of(SourceOption.POOL_SIZE, "8")),
        SourceParser.parse("ALTER SOURCE crm SET OPTIONS (pool_size '8')").orElseThrow());
  }

  @Test
  void otherStatementsAreNotOurs() {
    assertTrue(SourceParser.parse("CREATE TABLE source (x INT)").isEmpty());
    assertTrue(SourceParser.parse("SELECT 'unclosed FROM t").isEmpty());
    assertTrue(SourceParser.parse("DROP TABLE sources").isEmpty());
  }

  @Test
  void malformedTextIsRefusedWithItsState() {
    assertEquals("42601", refused("CREATE SOURCE crm TYPE JDBC OPTIONS (url 'x'").sqlState());
    assertEquals("42601", refused("CREATE SOURCE crm TYPE JDBC OPTIONS (url 'x') extra").sqlState());
    assertEquals("42601", refused("CREATE SOURCE crm TYPE JDBC OPTIONS (url 'x)").sqlState());
    assertEquals("22023", refused("CREATE SOURCE crm TYPE JDBC OPTIONS (url 'a', url 'b')").sqlState());
    assertEquals("22023", refused("CREATE SOURCE crm TYPE ODBC OPTIONS (url 'a')").sqlState());
    assertTrue(refused("CREATE SOURCE crm TYPE JDBC OPTIONS (password 'p')").getMessage().contains("password_env"));
  }

  private static SourceException refused(String sql) {
    return assertThrows(SourceException.class, () -> SourceParser.parse(sql));
  }
}
