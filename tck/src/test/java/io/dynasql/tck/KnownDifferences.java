package io.dynasql.tck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The accepted differences of the DynamoDB differential tests, each case with the reason: where
 * the moto server answers otherwise than AWS documents DynamoDB (dynasql is held to the
 * documentation), and where dynasql's exact number sizes differ from the documentation's stated
 * approximation. A mismatch whose description starts with one of these keys is accepted;
 * every other mismatch fails the build, and so does an entry that no longer explains anything
 * (the reference changed, so the list must). The entries live in
 * {@code known-differences/dynamodb.json} (test resources), a list of
 * {@code {"mismatch": prefix, "reason": why}}, so that the build's scoreboard
 * ({@code docs/compatibility.md}) lists exactly the differences these tests accept.
 */
final class KnownDifferences {
  /** The resource holding the entries, also read by the scoreboard generator. */
  static final String RESOURCE = "/known-differences/dynamodb.json";

  /** Description prefix -> why the reference is wrong there, in file order. */
  static final Map<String, String> REASONS = load();

  private static final Set<String> USED = ConcurrentHashMap.newKeySet();

  private KnownDifferences() {}

  static boolean explains(String mismatch) {
    for (String key : REASONS.keySet()) {
      if (mismatch.startsWith(key)) {
        USED.add(key);
        return true;
      }
    }
    return false;
  }

  /** The entries under {@code prefix} that explained no mismatch so far: each must be removed. */
  static List<String> unused(String prefix) {
    return REASONS.keySet().stream().filter(k -> k.startsWith(prefix) && !USED.contains(k)).toList();
  }

  private static Map<String, String> load() {
    try (InputStream in = Objects.requireNonNull(KnownDifferences.class.getResourceAsStream(RESOURCE), RESOURCE)) {
      Map<String, String> reasons = new LinkedHashMap<>();
      for (JsonNode entry : new ObjectMapper().readTree(in)) {
        String mismatch = entry.path("mismatch").asText("");
        String reason = entry.path("reason").asText("");
        if (mismatch.isEmpty() || reason.isEmpty() || reasons.put(mismatch, reason) != null) {
          throw new IllegalStateException(RESOURCE + ": each entry needs a distinct mismatch and a reason: " + entry);
        }
      }
      return Collections.unmodifiableMap(reasons);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
