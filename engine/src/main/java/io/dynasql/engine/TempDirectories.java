package io.dynasql.engine;

import io.dynasql.engine.error.InternalServerError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Temporary database directories, removed with everything in them. */
final class TempDirectories {
  private TempDirectories() {}

  static Path create() {
    try {
      return Files.createTempDirectory("dynasql-");
    } catch (IOException e) {
      throw new InternalServerError("Cannot create a temporary database directory: " + e.getMessage(), e);
    }
  }

  static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // Best effort: a leftover temp directory is harmless.
    }
  }
}
