package io.dynasql.jdbc;

import io.dynasql.calcite.SqlState;
import java.sql.SQLWarning;
import java.util.List;

/**
 * The SQLWarnings (SQLState 01000) of values read leniently ({@code lenientReads=true}): one per
 * stored value its column's type could not show, naming table, key and column and what it was
 * read as. Built afresh from the access report on every {@code getWarnings()}, as rows are fetched.
 */
final class ReadWarnings {
  private ReadWarnings() {}

  /** One warning per note, chained before {@code others}; {@code others} when there are none. */
  static SQLWarning chain(List<String> notes, SQLWarning others) {
    SQLWarning head = others;
    for (int i = notes.size() - 1; i >= 0; i--) {
      SQLWarning w = new SQLWarning(notes.get(i), SqlState.WARNING.code());
      if (head != null) w.setNextWarning(head);
      head = w;
    }
    return head;
  }
}
