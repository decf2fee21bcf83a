package io.dynasql.jdbc.metadata;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Every DatabaseMetaData answer of a connection as lines of text: each flag, limit and name,
 * each method with int arguments over the values JDBC defines for them, and each result-set
 * method in the forms tools call it (with its columns' labels and types, then its rows). The
 * driver's answers before JdbcDatabaseMetaData were captured with it into
 * {@code metadata/reference.txt}; {@link MetaDataReferenceTest} compares today's with them.
 */
public final class MetaDataDump {
  /** The database the reference was captured on; its name is part of getURL's answer. */
  public static final String URL = "jdbc:dynasql:mem:metadata-reference";

  private MetaDataDump() {}

  /** The tables the dump browses: keys, a global and a local index, each column type. */
  public static void createTables(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("CREATE TABLE order_items (order_id VARCHAR, line BIGINT, sku VARCHAR, qty INT, price DECIMAL(10, 2),"
          + " PRIMARY KEY (order_id, line))");
      st.execute("CREATE INDEX bySku ON order_items (sku, line)");
      st.execute("CREATE TABLE orderXitems (k VARCHAR PRIMARY KEY)");
      st.execute("CREATE TABLE \"Customers\" (\"customerId\" VARCHAR PRIMARY KEY, name VARCHAR(40), balance DECIMAL,"
          + " ratio DOUBLE, active BOOLEAN, photo VARBINARY, tags VARCHAR ARRAY, doc JSON)");
    }
  }

  /** The answers, one per line (result sets take several). */
  public static List<String> dump(Connection c) throws SQLException {
    DatabaseMetaData md = c.getMetaData();
    List<String> out = new ArrayList<>();
    Method[] methods = DatabaseMetaData.class.getMethods();
    Arrays.sort(methods, Comparator.comparing(Method::toGenericString));
    for (Method m : methods) {
      if (m.getReturnType() == ResultSet.class || m.getReturnType() == Connection.class) continue;
      if (m.getName().equals("unwrap") || m.getName().equals("isWrapperFor")) continue;
      for (int[] args : IntArguments.forMethod(m)) out.add(call(md, m, args));
    }
    out.add("getConnection() is the connection = " + (md.getConnection() == c));
    for (MetaDataCalls.Call call : MetaDataCalls.ALL) {
      out.add(call.text());
      try (ResultSet rs = call.run(md)) {
        out.addAll(ResultSetText.of(rs));
      } catch (SQLException e) {
        out.add("  ! " + e.getSQLState() + " " + e.getMessage());
      }
    }
    return out;
  }

  private static String call(DatabaseMetaData md, Method m, int[] args) {
    Object[] boxed = new Object[args.length];
    for (int i = 0; i < args.length; i++) boxed[i] = args[i];
    String text = m.getName() + Arrays.toString(args).replace('[', '(').replace(']', ')');
    try {
      Object value = m.invoke(md, boxed);
      if ("getUserName".equals(m.getName()) && System.getProperty("user.name").equals(value)) value = "<user.name>";
      return text + " = " + value;
    } catch (InvocationTargetException e) {
      Throwable t = e.getCause();
      return text + " ! " + (t instanceof SQLException s ? s.getSQLState() + " " : t.getClass().getSimpleName() + " ") + t.getMessage();
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  /** The int arguments a method is asked with: every value JDBC defines for each parameter. */
  static final class IntArguments {
    private IntArguments() {}

    static List<int[]> forMethod(Method m) {
      List<int[]> out = new ArrayList<>();
      out.add(new int[0]);
      for (Class<?> p : m.getParameterTypes()) {
        if (p != int.class) return List.of();
        int[] domain = domain(m.getName(), out.get(0).length);
        List<int[]> next = new ArrayList<>();
        for (int[] prefix : out) {
          for (int v : domain) {
            int[] a = Arrays.copyOf(prefix, prefix.length + 1);
            a[prefix.length] = v;
            next.add(a);
          }
        }
        out = next;
      }
      return out;
    }

    private static int[] domain(String method, int position) {
      if (method.equals("supportsConvert")) return new int[] {Types.INTEGER, Types.VARCHAR, Types.DECIMAL, Types.BOOLEAN};
      if (method.contains("Isolation")) return new int[] {0, 1, 2, 4, 8};
      if (method.contains("Holdability")) return new int[] {ResultSet.HOLD_CURSORS_OVER_COMMIT, ResultSet.CLOSE_CURSORS_AT_COMMIT};
      if (method.equals("supportsResultSetConcurrency") && position == 1) {
        return new int[] {ResultSet.CONCUR_READ_ONLY, ResultSet.CONCUR_UPDATABLE};
      }
      return new int[] {ResultSet.TYPE_FORWARD_ONLY, ResultSet.TYPE_SCROLL_INSENSITIVE, ResultSet.TYPE_SCROLL_SENSITIVE};
    }
  }
}
