package io.dynasql.tck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Measurements a benchmark takes outside its score (load times), passed from JMH's forked JVMs
 * to {@link BenchMain}: appended as {@code key=value} lines to the file named by the system
 * property {@code bench.notes}, which BenchMain gives the forks, and printed.
 */
final class Notes {
  private Notes() {}

  static void put(String key, double value) {
    String line = key + "=" + String.format(Locale.ROOT, "%.3f", value);
    System.out.println("[bench note] " + line);
    String file = System.getProperty("bench.notes");
    if (file == null) return;
    try {
      Files.writeString(Path.of(file), line + "\n", StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The notes in {@code file}, the last value of each key; empty if there is none. */
  static Map<String, Double> read(Path file) throws IOException {
    Map<String, Double> out = new LinkedHashMap<>();
    if (!Files.exists(file)) return out;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int eq = line.indexOf('=');
      if (eq > 0) out.put(line.substring(0, eq), Double.parseDouble(line.substring(eq + 1)));
    }
    return out;
  }
}
