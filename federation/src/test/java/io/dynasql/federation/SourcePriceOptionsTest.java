package io.dynasql.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.federation.catalog.SourceDefinition;
import io.dynasql.federation.catalog.SourceOption;
import io.dynasql.federation.catalog.SourcePrice;
import io.dynasql.federation.catalog.SourceType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The price options of a source: validated when declared, and what an access costs by them. */
class SourcePriceOptionsTest {
  private static SourceDefinition source(Map<SourceOption, String> prices) {
    java.util.EnumMap<SourceOption, String> options = new java.util.EnumMap<>(SourceOption.class);
    options.put(SourceOption.URL, "jdbc:h2:mem:x");
    options.putAll(prices);
    return new SourceDefinition("crm", SourceType.JDBC, options);
  }

  @Test
  void withoutPriceOptionsASourceIsUnpriced() {
    SourcePrice p = source(Map.of()).price();
    assertFalse(p.priced());
    assertEquals(0, p.dollars(1e12, 60_000));
  }

  @Test
  void bytesAndSecondsAreAddedAtTheirPrices() {
    SourcePrice p = source(Map.of(SourceOption.PRICE_PER_GB, "2.5", SourceOption.PRICE_PER_SECOND, "0.01")).price();
    assertTrue(p.priced());
    // 4 GB at $2.50 plus 30 s at $0.01
    assertEquals(10.3, p.dollars(4e9, 30_000), 1e-9);
    assertTrue(source(Map.of(SourceOption.PRICE_PER_GB, "0")).price().priced(), "a price of 0 is priced, and free");
  }

  @Test
  void aNegativeOrNonNumberPriceIs22023() {
    for (String bad : new String[] {"-1", "abc", "", "NaN", "1e400"}) {
      SourceException e = assertThrows(SourceException.class, () -> source(Map.of(SourceOption.PRICE_PER_SECOND, bad)));
      assertEquals("22023", e.sqlState(), bad);
      assertTrue(e.getMessage().contains("price_per_second") && e.getMessage().contains("crm"), e.getMessage());
    }
  }
}
