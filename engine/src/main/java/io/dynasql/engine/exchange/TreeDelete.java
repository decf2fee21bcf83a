package io.dynasql.engine.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes what a failed export left behind, so no half-written export is ever seen. */
final class TreeDelete {
  private TreeDelete() {}

  static void quietly(Path dir) {
    if (!Files.exists(dir)) return;
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) Files.deleteIfExists(p);
    } catch (IOException | RuntimeException e) {
      // Best effort: the failure being reported matters more than a leftover file.
    }
  }
}
