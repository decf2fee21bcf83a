package io.dynasql.calcite.names;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.calcite.avatica.util.TimeUnit;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.fun.SqlLibraryOperatorTableFactory;
import org.apache.calcite.sql.fun.SqlLibrary;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;

/**
 * Words an unqualified identifier may be without being a column: the names of SQL's operators
 * (CURRENT_DATE, USER and the other functions written without parentheses parse as identifiers)
 * and time units (DAY in some functions' arguments). Such a name is never reported as an unknown
 * column by name resolution; Calcite decides what it is.
 */
final class SqlWords {
  private static final Set<String> WORDS = words();

  private SqlWords() {}

  static boolean isReserved(String name) {
    return WORDS.contains(name.toUpperCase(Locale.ROOT));
  }

  private static Set<String> words() {
    Set<String> out = new HashSet<>();
    for (SqlOperator op : SqlStdOperatorTable.instance().getOperatorList()) out.add(op.getName().toUpperCase(Locale.ROOT));
    for (SqlOperator op : SqlLibraryOperatorTableFactory.INSTANCE.getOperatorTable(SqlLibrary.values()).getOperatorList()) {
      out.add(op.getName().toUpperCase(Locale.ROOT));
    }
    for (TimeUnit u : TimeUnit.values()) out.add(u.name());
    return Set.copyOf(out);
  }
}
