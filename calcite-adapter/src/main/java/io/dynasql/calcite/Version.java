package io.dynasql.calcite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * dynasql's version, as the build wrote it into {@code version.properties} (Maven resource
 * filtering of {@code ${project.version}}): the one source of the driver's and database's
 * version numbers in DatabaseMetaData and of SQL's {@code version()}.
 *
 * @param text the whole version, e.g. {@code 0.1.0-SNAPSHOT}
 * @param major its first number
 * @param minor its second number (0 when there is none)
 */
public record Version(String text, int major, int minor) {
  /** The running build's version. */
  public static final Version CURRENT = parse(read());

  /** Reads {@code major.minor[.more][-qualifier]}; anything else fails naming the text. */
  static Version parse(String text) {
    String[] parts = text.split("[.-]");
    try {
      int major = Integer.parseInt(parts[0]);
      int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
      return new Version(text, major, minor);
    } catch (NumberFormatException e) {
      throw new IllegalStateException("version.properties holds version=" + text + ", not major.minor[.patch][-qualifier]", e);
    }
  }

  /** What {@code SELECT version()} answers, e.g. {@code dynasql 0.1.0}. */
  public String describe() {
    return "dynasql " + text;
  }

  private static String read() {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in == null) throw new IllegalStateException("version.properties is missing from the class path next to " + Version.class.getName());
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String v = p.getProperty("version");
    if (v == null || v.startsWith("${")) {
      throw new IllegalStateException("version.properties was not filtered by the build: version=" + v);
    }
    return v;
  }
}
