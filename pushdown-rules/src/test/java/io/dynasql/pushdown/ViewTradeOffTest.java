package io.dynasql.pushdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.pushdown.backend.TableRates;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A suggested view's trade-off in dollars a month at observed rates: reads saved per run times
 * runs, against one write unit per base write, at on-demand prices in us-east-1 ($0.125 per
 * million read units, $0.625 per million write units, https://aws.amazon.com/dynamodb/pricing/on-demand/),
 * 730 hours a month.
 */
class ViewTradeOffTest {
  private static final String PER_RUN = "saves ~10 read units per run, costs ~1 write unit per base write"
      + " (2 when a write moves an item to another group)";

  @Test
  void moreRunsThanWritesCanPayMoreWritesThanRunsCannot() {
    // 60 runs/h x 730 h x 10 units x $0.125/M = $0.05475; 100 writes/h x 730 h x 1 unit x $0.625/M = $0.045625
    ViewTradeOff pays = new ViewTradeOff(10, 1, new TableRates(Duration.ofHours(1), 100, 60), 0.125, 0.625);
    assertEquals(0.05475, pays.readsSavedPerMonth(), 1e-12);
    assertEquals(0.045625, pays.writesCostPerMonth(), 1e-12);
    assertEquals(PER_RUN + "; at observed rates (100 writes/h, 60 full scans/h over the last 1 h): view saves $0.05/month"
        + " in reads, costs $0.05/month in writes, net +$0.0091/month", pays.text());
    // the same counts over two hours: half the rates
    ViewTradeOff slower = new ViewTradeOff(10, 1, new TableRates(Duration.ofHours(2), 400, 60), 0.125, 0.625);
    assertTrue(slower.netPerMonth() < 0);
    assertTrue(slower.text().endsWith("(200 writes/h, 30 full scans/h over the last 2 h): view saves $0.03/month in reads,"
        + " costs $0.09/month in writes, net -$0.06/month"), slower.text());
  }

  @Test
  void withoutEnoughObservedTheTradeOffIsPerRunAndPerWrite() {
    assertEquals(PER_RUN, new ViewTradeOff(10, 1, null, 0.125, 0.625).text());
    assertEquals(PER_RUN + "; not yet weighed by observed rates (0 writes, 0 full scans in 7200 s observed)",
        new ViewTradeOff(10, 1, new TableRates(Duration.ofHours(2), 0, 0), 0.125, 0.625).text());
    assertEquals(PER_RUN + "; not yet weighed by observed rates (30 writes, 2 full scans in 59 s observed)",
        new ViewTradeOff(10, 1, new TableRates(Duration.ofSeconds(59), 30, 2), 0.125, 0.625).text());
  }
}
