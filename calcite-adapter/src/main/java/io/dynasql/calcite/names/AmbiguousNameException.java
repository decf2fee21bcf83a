package io.dynasql.calcite.names;

import io.dynasql.calcite.SqlState;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An unquoted name that matches several stored names ignoring case ({@code orders} when tables
 * {@code Orders} and {@code orders} both exist). The message names every candidate and says how
 * to choose one. SQLState 42702, PostgreSQL's "ambiguous column", which tools already know.
 */
public final class AmbiguousNameException extends RuntimeException {
  /** The SQLState of every ambiguous name. */
  public static final String SQL_STATE = SqlState.AMBIGUOUS_NAME.code();

  private final String written;
  private final List<String> candidates;

  public AmbiguousNameException(String kind, String written, List<String> candidates) {
    super("The " + kind + " name " + written + " is ambiguous: unquoted names match ignoring case, and it matches "
        + candidates.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", "))
        + "; write the one you mean in double quotes, exactly as it is spelled");
    this.written = written;
    this.candidates = List.copyOf(candidates);
  }

  /** The name as the statement wrote it. */
  public String written() {
    return written;
  }

  /** The stored names it matches, in the order found. */
  public List<String> candidates() {
    return candidates;
  }
}
