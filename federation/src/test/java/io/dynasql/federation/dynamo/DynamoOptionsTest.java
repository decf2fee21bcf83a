package io.dynasql.federation.dynamo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.federation.SourceException;
import io.dynasql.federation.catalog.SourceDefinition;
import io.dynasql.federation.catalog.SourceOption;
import io.dynasql.federation.catalog.SourceType;
import io.dynasql.federation.ddl.SourceParser;
import io.dynasql.federation.ddl.SourceStatement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CREATE SOURCE ... TYPE DYNAMODB: what parses, and which options are refused before any connection. */
class DynamoOptionsTest {
  @Test
  void aDynamoSourceParses() {
    SourceStatement s = SourceParser.parse("CREATE SOURCE live TYPE dynamodb OPTIONS (endpoint 'http://127.0.0.1:8000',"
        + " region 'us-east-1', profile 'dev')").orElseThrow();
    assertEquals(new SourceStatement.Create("live", false, SourceType.DYNAMODB, Map.of(SourceOption.ENDPOINT,
        "http://127.0.0.1:8000", SourceOption.REGION, "us-east-1", SourceOption.PROFILE, "dev")), s);
  }

  private static String refused(SourceType type, Map<SourceOption, String> options) {
    SourceException e = assertThrows(SourceException.class, () -> new SourceDefinition("live", type, options));
    assertEquals("22023", e.sqlState(), e.getMessage());
    return e.getMessage();
  }

  @Test
  void badOptionsAreRefused() {
    assertTrue(refused(SourceType.DYNAMODB, Map.of(SourceOption.ENDPOINT, "http://h:1")).contains("needs option region"));
    assertTrue(refused(SourceType.DYNAMODB, Map.of(SourceOption.REGION, "us-east-1", SourceOption.ENDPOINT, "ftp://h/"))
        .contains("not an http(s) URL"));
    assertTrue(refused(SourceType.DYNAMODB, Map.of(SourceOption.REGION, "us-east-1", SourceOption.ACCESS_KEY_ENV, "K"))
        .contains("both or neither"));
    assertTrue(refused(SourceType.DYNAMODB, Map.of(SourceOption.REGION, "us-east-1", SourceOption.ACCESS_KEY_ENV, "K",
        SourceOption.SECRET_KEY_ENV, "S", SourceOption.PROFILE, "p")).contains("give one"));
    assertTrue(refused(SourceType.DYNAMODB, Map.of(SourceOption.REGION, "us-east-1", SourceOption.URL, "jdbc:h2:mem:x"))
        .contains("Option url does not apply to a source of type DYNAMODB"));
    assertTrue(refused(SourceType.JDBC, Map.of(SourceOption.URL, "jdbc:h2:mem:x", SourceOption.REGION, "us-east-1"))
        .contains("Option region does not apply to a source of type JDBC"));
  }

  @Test
  void aSecretIsNeverAnOption() {
    for (String written : new String[] {"secret", "secret_key", "access_key", "password"}) {
      SourceException e = assertThrows(SourceException.class, () -> SourceOption.of(written));
      assertEquals("22023", e.sqlState());
      assertTrue(e.getMessage().contains("a secret is never stored in the catalog"), e.getMessage());
    }
  }
}
