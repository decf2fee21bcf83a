package io.dynasql.calcite.names;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The existing name a mistyped one most likely meant: the candidate with the fewest single-letter
 * edits (ignoring case), if that is at most a third of the name's length (at least one edit).
 */
final class ClosestName {
  private ClosestName() {}

  static Optional<String> of(String written, Collection<String> candidates) {
    String w = written.toLowerCase(Locale.ROOT);
    int allowed = Math.max(1, w.length() / 3);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(w, c.toLowerCase(Locale.ROOT));
      if (d <= allowed && d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Levenshtein distance, two rows at a time. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
