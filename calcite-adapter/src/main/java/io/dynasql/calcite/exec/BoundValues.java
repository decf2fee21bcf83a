package io.dynasql.calcite.exec;

import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.calcite.avatica.AvaticaParameter;
import org.apache.calcite.avatica.AvaticaSite;
import org.apache.calcite.avatica.remote.TypedValue;

/**
 * The values bound to a prepared query's {@code ?} parameters. Each JDBC setter goes through
 * Avatica's {@link AvaticaSite} (public API), which converts the Java value to the parameter's
 * type exactly as Calcite's own JDBC driver does; {@link #locals()} gives them as the generated
 * code reads them.
 */
public final class BoundValues {
  /** The calendar of the session time zone, UTC, which dates and times without one are read in. */
  public static Calendar calendar() {
    return Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
  }

  private final List<AvaticaParameter> parameters;
  private final TypedValue[] slots;
  private final Calendar calendar = calendar();

  public BoundValues(List<AvaticaParameter> parameters) {
    this.parameters = parameters;
    this.slots = new TypedValue[parameters.size()];
  }

  /** How many parameters there are. */
  public int size() {
    return slots.length;
  }

  /** The setter of parameter {@code index} (1-based), or null when there is no such parameter. */
  public AvaticaSite site(int index) {
    if (index < 1 || index > slots.length) return null;
    return new AvaticaSite(parameters.get(index - 1), calendar, index - 1, slots);
  }

  /** Unbinds every parameter. */
  public void clear() {
    java.util.Arrays.fill(slots, null);
  }

  /** The 1-based index of the first parameter without a value, or 0 when all are bound. */
  public int firstUnbound() {
    for (int i = 0; i < slots.length; i++) if (slots[i] == null) return i + 1;
    return 0;
  }

  /**
   * The values in Calcite's internal representation, in parameter order (all must be bound). An
   * integer bound by a setter of another width ({@code setLong} on {@code LIMIT ?}, an INTEGER) is
   * narrowed or widened to the parameter's own type, as JDBC's conversion table allows; the code
   * Calcite generates casts to that type. A value that does not fit is an ArithmeticException (22003).
   */
  public Object[] locals() {
    Object[] out = new Object[slots.length];
    for (int i = 0; i < out.length; i++) out[i] = exact(parameters.get(i).parameterType, slots[i].toLocal());
    return out;
  }

  private static Object exact(int sqlType, Object v) {
    if (!(v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte)) return v;
    long n = ((Number) v).longValue();
    switch (sqlType) {
      case java.sql.Types.BIGINT: return n;
      case java.sql.Types.INTEGER: return Math.toIntExact(n);
      case java.sql.Types.SMALLINT: return (short) fits(n, Short.MIN_VALUE, Short.MAX_VALUE);
      case java.sql.Types.TINYINT: return (byte) fits(n, Byte.MIN_VALUE, Byte.MAX_VALUE);
      default: return v;
    }
  }

  private static long fits(long n, long min, long max) {
    if (n < min || n > max) throw new ArithmeticException(n + " is out of range for its parameter (" + min + " to " + max + ")");
    return n;
  }

  /** A copy of the bound values (a batch row). */
  public TypedValue[] snapshot() {
    return slots.clone();
  }

  /** Binds a copy made by {@link #snapshot()}. */
  public void restore(TypedValue[] values) {
    System.arraycopy(values, 0, slots, 0, slots.length);
  }
}
