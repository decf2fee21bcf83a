package io.dynasql.engine.expr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** DynamoDB's reserved words, read once from {@code reserved-words.txt} beside this class. */
public final class ReservedWords {
  private static final Set<String> WORDS = load();

  private ReservedWords() {}

  /** Whether {@code name}, written bare in an expression, is a reserved word (any case). */
  public static boolean isReserved(String name) {
    return WORDS.contains(name.toUpperCase(Locale.ROOT));
  }

  /** How many words are reserved. */
  public static int count() {
    return WORDS.size();
  }

  private static Set<String> load() {
    Set<String> words = new HashSet<>();
    try (InputStream raw = ReservedWords.class.getResourceAsStream("reserved-words.txt")) {
      if (raw == null) throw new IllegalStateException("reserved-words.txt is missing");
      BufferedReader lines = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.startsWith("#")) continue;
        for (String word : line.trim().split("\\s+")) {
          if (!word.isEmpty()) words.add(word.toUpperCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}
