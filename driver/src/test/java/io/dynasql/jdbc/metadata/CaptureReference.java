package io.dynasql.jdbc.metadata;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Writes {@link MetaDataDump}'s answers to the file named by its argument. It was run once on the
 * proxy-based driver to make {@code metadata/reference.txt}; run it again only to look at answers.
 */
public final class CaptureReference {
  private CaptureReference() {}

  public static void main(String[] args) throws Exception {
    try (Connection c = DriverManager.getConnection(MetaDataDump.URL)) {
      MetaDataDump.createTables(c);
      Files.write(Path.of(args[0]), MetaDataDump.dump(c));
    }
  }
}
