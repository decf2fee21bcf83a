package io.dynasql.federation.catalog;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The sources of one database, kept in {@code sources.properties} in its directory so that every
 * connection, every process and a reopen see them. Written whole to a temporary file and moved
 * into place, so a reader sees the old list or the new one. Holds no secret: a password is only
 * named by its environment variable or file.
 */
public final class SourceCatalog {
  /** The file's name in the database directory. */
  public static final String FILE = "sources.properties";

  private final Path file;
  private FileTime readAt;
  private Map<String, SourceDefinition> sources = Map.of();

  public SourceCatalog(Path databaseDirectory) {
    this.file = databaseDirectory.resolve(FILE);
  }

  /** The sources by name, read again when the file changed (another process declared one). */
  public synchronized Map<String, SourceDefinition> sources() {
    FileTime now = modified();
    if (now == null ? readAt != null || !sources.isEmpty() : !now.equals(readAt)) {
      sources = now == null ? Map.of() : read();
      readAt = now;
    }
    return sources;
  }

  /** Replaces the list with {@code updated} and writes it. */
  public synchronized void write(Map<String, SourceDefinition> updated) {
    Properties p = new Properties();
    for (SourceDefinition d : updated.values()) {
      p.setProperty(d.name() + ".type", d.type().name());
      d.options().forEach((o, v) -> p.setProperty(d.name() + "." + o.key(), v));
    }
    Path tmp = file.resolveSibling(FILE + ".tmp");
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      p.store(w, "dynasql sources: written by CREATE/ALTER/DROP SOURCE; no passwords");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + tmp, e);
    }
    try {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot replace " + file, e);
    }
    sources = Map.copyOf(new TreeMap<>(updated));
    readAt = modified();
  }

  private Map<String, SourceDefinition> read() {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
    Map<String, SourceDefinition> out = new TreeMap<>();
    for (String key : p.stringPropertyNames()) {
      if (!key.endsWith(".type")) continue;
      String name = key.substring(0, key.length() - ".type".length());
      Map<SourceOption, String> options = new EnumMap<>(SourceOption.class);
      for (SourceOption o : SourceOption.values()) {
        String v = p.getProperty(name + "." + o.key());
        if (v != null) options.put(o, v);
      }
      out.put(name, new SourceDefinition(name, SourceType.of(p.getProperty(key)), options));
    }
    return Map.copyOf(out);
  }

  private FileTime modified() {
    try {
      return Files.exists(file) ? Files.getLastModifiedTime(file) : null;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }
}
