package io.dynasql.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynasql.federation.catalog.Credentials;
import io.dynasql.federation.catalog.SourceDefinition;
import io.dynasql.federation.catalog.SourceOption;
import io.dynasql.federation.catalog.SourceType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Passwords come from a named environment variable or an owner-only file, and only from there. */
class CredentialsTest {
  @TempDir Path dir;

  private static SourceDefinition source(SourceOption o, String v) {
    return new SourceDefinition("crm", SourceType.JDBC, Map.of(SourceOption.URL, "jdbc:h2:mem:x", o, v));
  }

  @Test
  void fromTheEnvironment() {
    Credentials c = new Credentials(name -> name.equals("CRM_PASSWORD") ? "pw" : null);
    assertEquals("pw", c.password(source(SourceOption.PASSWORD_ENV, "CRM_PASSWORD")));
    assertEquals("28000", assertThrows(SourceException.class,
        () -> c.password(source(SourceOption.PASSWORD_ENV, "OTHER"))).sqlState());
    assertNull(c.password(source(SourceOption.USER, "me")));
  }

  @Test
  void fromAFileOnlyItsOwnerMayRead() throws Exception {
    Path f = dir.resolve("pw");
    Files.writeString(f, "secret\n");
    Credentials c = new Credentials(name -> null);
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));
    assertEquals("28000", assertThrows(SourceException.class,
        () -> c.password(source(SourceOption.PASSWORD_FILE, f.toString()))).sqlState());
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--------"));
    assertEquals("secret", c.password(source(SourceOption.PASSWORD_FILE, f.toString())));
    assertEquals("28000", assertThrows(SourceException.class,
        () -> c.password(source(SourceOption.PASSWORD_FILE, dir.resolve("missing").toString()))).sqlState());
  }

  @Test
  void bothPlacesAtOnceAreRefused() {
    assertEquals("22023", assertThrows(SourceException.class, () -> new SourceDefinition("crm", SourceType.JDBC,
        Map.of(SourceOption.URL, "jdbc:h2:mem:x", SourceOption.PASSWORD_ENV, "A", SourceOption.PASSWORD_FILE, "/b"))).sqlState());
  }
}
