package io.dynasql.pushdown;

import io.dynasql.pushdown.backend.TableRates;
import java.util.Locale;

/**
 * A suggested view's trade-off as EXPLAIN words it: per run and per write always, and, when the
 * table's rates have been observed long enough, in dollars a month at those rates and the
 * connection's prices. A month is 730 hours, as AWS's pricing examples take it
 * (https://aws.amazon.com/dynamodb/pricing/on-demand/).
 *
 * @param savedReadUnits read units one run of the rollup would no longer read (the table's scan less the view's read)
 * @param writeUnitsPerWrite write units the view adds to each base write (one group item under 1 KB)
 * @param rates the table's observed writes and full scans, or null when its store keeps none
 * @param readUnitPrice dollars per million read units
 * @param writeUnitPrice dollars per million write units
 */
public record ViewTradeOff(double savedReadUnits, double writeUnitsPerWrite, TableRates rates,
    double readUnitPrice, double writeUnitPrice) {
  static final double HOURS_PER_MONTH = 730;

  /** Dollars a month the view saves in reads at the observed scan rate. */
  public double readsSavedPerMonth() {
    return rates.scansPerHour() * HOURS_PER_MONTH * savedReadUnits * readUnitPrice / 1e6;
  }

  /** Dollars a month the view costs in writes at the observed write rate. */
  public double writesCostPerMonth() {
    return rates.writesPerHour() * HOURS_PER_MONTH * writeUnitsPerWrite * writeUnitPrice / 1e6;
  }

  /** What the view would save less what it would cost, a month: negative when it does not pay. */
  public double netPerMonth() {
    return readsSavedPerMonth() - writesCostPerMonth();
  }

  /** The text after {@code --} on EXPLAIN's suggest line. */
  public String text() {
    String perRun = "saves ~" + units(savedReadUnits) + " read units per run, costs ~" + units(writeUnitsPerWrite)
        + " write unit per base write (2 when a write moves an item to another group)";
    if (rates == null) return perRun;
    if (!rates.enough()) {
      return perRun + "; not yet weighed by observed rates (" + rates.itemsWritten() + " writes, " + rates.fullScans()
          + " full scans in " + rates.observed().toSeconds() + " s observed)";
    }
    return perRun + String.format(Locale.ROOT, "; at observed rates (%s writes/h, %s full scans/h over the last %s):"
        + " view saves %s/month in reads, costs %s/month in writes, net %s/month",
        rate(rates.writesPerHour()), rate(rates.scansPerHour()), span(rates), dollars(readsSavedPerMonth()),
        dollars(writesCostPerMonth()), signed(netPerMonth()));
  }

  private static String units(double u) {
    return u == Math.rint(u) ? String.valueOf((long) u) : String.valueOf(Math.round(u * 10) / 10.0);
  }

  private static String rate(double perHour) {
    return perHour >= 10 || perHour == Math.rint(perHour) ? String.valueOf(Math.round(perHour))
        : String.format(Locale.ROOT, "%.1f", perHour);
  }

  private static String span(TableRates r) {
    long minutes = r.observed().toMinutes();
    return minutes % 60 == 0 ? minutes / 60 + " h" : minutes + " min";
  }

  private static String dollars(double d) {
    return String.format(Locale.ROOT, d < 0.01 && d > 0 ? "$%.4f" : "$%.2f", d);
  }

  private static String signed(double d) {
    return (d < 0 ? "-" : "+") + dollars(Math.abs(d));
  }
}
