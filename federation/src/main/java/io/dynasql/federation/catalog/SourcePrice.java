package io.dynasql.federation.catalog;

import io.dynasql.federation.SourceException;
import java.util.Map;

/**
 * A source's price model: dollars per GB fetched and dollars per second of the source's time,
 * as the options {@code price_per_gb} and {@code price_per_second} give them. A source with
 * neither is unpriced: its accesses are labelled {@code cost_usd=unpriced}, not free.
 *
 * @param perGb dollars per 10^9 bytes fetched (0 when not given)
 * @param perSecond dollars per second from sending a statement to reading its last row (0 when not given)
 * @param priced whether either option was given
 */
public record SourcePrice(double perGb, double perSecond, boolean priced) {
  /** The price model no option gives. */
  public static final SourcePrice UNPRICED = new SourcePrice(0, 0, false);

  /** The price model of {@code options}; a price that is negative or not a number is a 22023 error. */
  public static SourcePrice of(String source, Map<SourceOption, String> options) {
    String gb = options.get(SourceOption.PRICE_PER_GB);
    String second = options.get(SourceOption.PRICE_PER_SECOND);
    if (gb == null && second == null) return UNPRICED;
    return new SourcePrice(dollars(source, SourceOption.PRICE_PER_GB, gb), dollars(source, SourceOption.PRICE_PER_SECOND, second), true);
  }

  /** What fetching {@code bytes} in {@code millis} milliseconds costs. */
  public double dollars(double bytes, double millis) {
    return bytes / 1e9 * perGb + millis / 1000.0 * perSecond;
  }

  private static double dollars(String source, SourceOption option, String written) {
    if (written == null) return 0;
    double d;
    try {
      d = Double.parseDouble(written.trim());
    } catch (NumberFormatException e) {
      d = Double.NaN;
    }
    if (!(d >= 0) || Double.isInfinite(d)) {
      throw new SourceException(SourceException.BAD_OPTION, "Option " + option.key() + " of source " + source
          + " must be a number of dollars of at least 0, not '" + written + "'");
    }
    return d;
  }
}
