package io.dynasql.engine.exchange;

import com.github.luben.zstd.ZstdInputStream;
import io.dynasql.engine.api.InputCompression;
import io.dynasql.engine.error.ValidationException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The files of an import source: the source itself when it is a file, else every regular file
 * under it in path order, leaving out what an export writes beside its data (manifests, their
 * checksums, {@code _started}), so an export's directory imports as it is.
 */
final class SourceFiles {
  private SourceFiles() {}

  static List<Path> list(Path source) {
    if (source == null || !Files.exists(source)) {
      throw new ValidationException("The import source " + source + " does not exist (no such bucket or prefix)");
    }
    if (Files.isRegularFile(source)) return List.of(source);
    try (Stream<Path> all = Files.walk(source)) {
      List<Path> files = all.filter(Files::isRegularFile).filter(SourceFiles::isData).sorted().collect(Collectors.toList());
      if (files.isEmpty()) throw new ValidationException("The import source " + source + " holds no data files");
      return files;
    } catch (IOException e) {
      throw new ValidationException("Cannot list the import source " + source + ": " + e.getMessage(), e);
    }
  }

  private static boolean isData(Path p) {
    String name = p.getFileName().toString();
    return !name.startsWith("manifest-") && !name.endsWith(".checksum") && !name.equals("_started") && !name.startsWith(".");
  }

  /** Opens {@code file} and undoes its compression. */
  static InputStream open(Path file, InputCompression compression) throws IOException {
    InputStream raw = new BufferedInputStream(Files.newInputStream(file), 256 * 1024);
    try {
      return switch (compression) {
        case GZIP -> new GZIPInputStream(raw, 64 * 1024);
        case ZSTD -> new ZstdInputStream(raw);
        case NONE -> raw;
      };
    } catch (IOException e) {
      raw.close();
      throw e;
    }
  }
}
