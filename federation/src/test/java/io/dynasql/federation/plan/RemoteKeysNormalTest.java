package io.dynasql.federation.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Join keys found by semi-join reduction are matched by {@link RemoteKeys#normal}: numbers that
 * SQL calls equal must be equal Java values (and hash alike) whatever their Java type and scale,
 * and numbers SQL calls different must not be.
 */
class RemoteKeysNormalTest {
  @Test
  void wholeNumbersOfEveryTypeAndScaleAreOneValue() {
    Object key = RemoteKeys.normal(4200L);
    for (Object v : new Object[] {4200, (short) 4200, new BigDecimal("4200"), new BigDecimal("4200.00"), new BigDecimal("4.2E+3")}) {
      assertEquals(key, RemoteKeys.normal(v), v.toString());
      assertEquals(key.hashCode(), RemoteKeys.normal(v).hashCode(), v.toString());
    }
    assertEquals(RemoteKeys.normal(0L), RemoteKeys.normal(new BigDecimal("0.000")));
    assertEquals(RemoteKeys.normal(-120L), RemoteKeys.normal(new BigDecimal("-120.0")));
    assertEquals(RemoteKeys.normal(Long.MAX_VALUE), RemoteKeys.normal(new BigDecimal("9223372036854775807.0")));
    assertEquals(RemoteKeys.normal(Long.MIN_VALUE), RemoteKeys.normal(new BigDecimal(Long.MIN_VALUE)));
  }

  @Test
  void fractionsAndNumbersBeyondALongStayExact() {
    assertEquals(RemoteKeys.normal(new BigDecimal("1.5")), RemoteKeys.normal(new BigDecimal("1.50")));
    assertNotEquals(RemoteKeys.normal(1L), RemoteKeys.normal(new BigDecimal("1.5")));
    BigDecimal beyond = new BigDecimal("9223372036854775808"); // 2^63: no long equals it
    assertEquals(RemoteKeys.normal(beyond), RemoteKeys.normal(new BigDecimal("9223372036854775808.00")));
    assertNotEquals(RemoteKeys.normal(Long.MAX_VALUE), RemoteKeys.normal(beyond));
    assertNotEquals(RemoteKeys.normal(Long.MIN_VALUE), RemoteKeys.normal(new BigDecimal("-9223372036854775809")));
  }

  @Test
  void otherValuesAreThemselves() {
    assertEquals("AB-1", RemoteKeys.normal("AB-1"));
  }
}
