package io.dynasql.tck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where dynasql deliberately differs from DynamoDB Local, each with the reason. A mismatch whose
 * description starts with one of these keys is accepted; every other mismatch fails the build.
 * The entries live in {@code known-differences/dynamodb.json} (test resources), a list of
 * {@code {"mismatch": prefix, "reason": why}}, so that the build's scoreboard
 * ({@code docs/compatibility.md}) lists exactly the differences these tests accept.
 */
final class KnownDifferences {
  /** The resource holding the entries, also read by the scoreboard generator. */
  static final String RESOURCE = "/known-differences/dynamodb.json";

  /** Description prefix -> why dynasql is right (or why the difference is accepted), in file order. */
  static final Map<String, String> REASONS = load();

  private KnownDifferences() {}

  static boolean explains(String mismatch) {
    return REASONS.keySet().stream().anyMatch(mismatch::startsWith);
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
