package io.dynasql.jdbc;

import java.nio.file.Path;
import java.util.Properties;

/**
 * A parsed {@code jdbc:dynasql:} URL: {@code jdbc:dynasql:<directory>} (an embedded database,
 * created if absent) or {@code jdbc:dynasql:mem:<name>} (temporary, removed when its last
 * connection closes), optionally followed by {@code ;key=value} properties.
 *
 * @param directory the database directory, or null for a memory database
 * @param memoryName the memory database's name, or null
 * @param properties properties from the URL merged over the caller's
 * @param text the URL as given
 */
public record JdbcUrl(Path directory, String memoryName, Properties properties, String text) {
  public static final String PREFIX = "jdbc:dynasql:";

  /** Whether this driver handles {@code url}: a pure prefix check. */
  public static boolean accepts(String url) {
    return url != null && url.startsWith(PREFIX);
  }

  /** Parses {@code url}; throws with the reason instead of returning null. */
  public static JdbcUrl parse(String url, Properties info) throws InvalidPropertyException {
    if (!accepts(url)) throw new InvalidPropertyException("Not a dynasql URL (expected " + PREFIX + "<directory> or " + PREFIX + "mem:<name>): " + url);
    String rest = url.substring(PREFIX.length());
    Properties props = new Properties();
    if (info != null) props.putAll(info);
    String[] parts = rest.split(";");
    String location = parts[0].trim();
    for (int i = 1; i < parts.length; i++) {
      if (parts[i].isBlank()) continue;
      int eq = parts[i].indexOf('=');
      if (eq <= 0) throw new InvalidPropertyException("Malformed property '" + parts[i] + "' in URL " + url + " (expected key=value)");
      String key = parts[i].substring(0, eq).trim();
      ConnectionProperty p = ConnectionProperty.byKey(key);
      if (p == null) throw new InvalidPropertyException("Unknown connection property '" + key + "' in URL " + url);
      props.setProperty(p.key(), parts[i].substring(eq + 1).trim());
    }
    for (ConnectionProperty p : ConnectionProperty.values()) p.get(props);
    if (location.isEmpty()) throw new InvalidPropertyException("No database directory in URL " + url);
    if (location.startsWith("mem:")) {
      String name = location.substring(4);
      if (name.isEmpty()) throw new InvalidPropertyException("No name after mem: in URL " + url);
      return new JdbcUrl(null, name, props, url);
    }
    return new JdbcUrl(Path.of(location).toAbsolutePath().normalize(), null, props, url);
  }
}
