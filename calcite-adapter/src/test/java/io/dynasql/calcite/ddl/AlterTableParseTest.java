package io.dynasql.calcite.ddl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynasql.engine.model.StreamViewType;
import org.junit.jupiter.api.Test;

/**
 * ALTER TABLE ... SET STREAM | TTL: the four view types of StreamSpecification
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_StreamSpecification.html),
 * OFF, and errors that say what was expected.
 */
class AlterTableParseTest {
  private static DdlStatement parse(String sql) {
    return DdlParser.parse(sql).orElseThrow();
  }

  private static void fails(String sql, String reason) {
    assertEquals(reason, assertThrows(DdlSyntaxException.class, () -> DdlParser.parse(sql)).reason());
  }

  @Test
  void streamSettings() {
    assertEquals(new DdlStatement.SetStream("orders", StreamViewType.NEW_AND_OLD_IMAGES),
        parse("ALTER TABLE orders SET STREAM (NEW_AND_OLD_IMAGES)"));
    assertEquals(new DdlStatement.SetStream("Orders", StreamViewType.KEYS_ONLY), parse("alter table Orders set stream ('keys_only')"));
    assertEquals(new DdlStatement.SetStream("orders", null), parse("ALTER TABLE orders SET STREAM OFF"));
  }

  @Test
  void ttlSettingsKeepTheAttributeAsWritten() {
    assertEquals(new DdlStatement.SetTtl("sessions", "expiresAt"), parse("ALTER TABLE sessions SET TTL (expiresAt)"));
    assertEquals(new DdlStatement.SetTtl("sessions", "expires at"), parse("ALTER TABLE sessions SET TTL (\"expires at\")"));
    assertEquals(new DdlStatement.SetTtl("sessions", null), parse("ALTER TABLE sessions SET TTL off"));
  }

  @Test
  void errorsNameWhatWasExpected() {
    fails("ALTER TABLE", "Expected a table name after ALTER TABLE but found end of statement");
    fails("ALTER TABLE t ADD x", "Expected SET after table name t but found 'ADD'");
    fails("ALTER TABLE t SET COLUMNS", "Expected STREAM, TTL or POINT_IN_TIME_RECOVERY after SET but found 'COLUMNS'");
    fails("ALTER TABLE t SET STREAM (ALL)", "Expected 'KEYS_ONLY' or 'NEW_IMAGE' or 'OLD_IMAGE' or 'NEW_AND_OLD_IMAGES' after SET STREAM ( but found 'ALL'");
    fails("ALTER TABLE t SET STREAM (NEW_IMAGE", "Expected ')' after the view type NEW_IMAGE but found end of statement");
    fails("ALTER TABLE t SET TTL (a) now", "Expected end of statement after SET TTL (a) but found 'now'");
  }
}
