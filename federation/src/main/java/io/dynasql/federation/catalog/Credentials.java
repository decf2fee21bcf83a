package io.dynasql.federation.catalog;

import io.dynasql.federation.SourceException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Finds a source's password where its options point, at connect time: an environment variable
 * ({@code password_env}) or a file ({@code password_file}) that only its owner may read or write,
 * as ssh insists for private keys. The catalog never holds the password itself.
 */
public final class Credentials {
  private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
      PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
      PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

  private final UnaryOperator<String> environment;

  /** Credentials read from {@code environment} (System::getenv outside tests). */
  public Credentials(UnaryOperator<String> environment) {
    this.environment = environment;
  }

  /** The password of {@code source}, or null when it names none. */
  public String password(SourceDefinition source) {
    String variable = source.option(SourceOption.PASSWORD_ENV);
    if (variable != null) {
      String value = environment.apply(variable);
      if (value == null) {
        throw new SourceException(SourceException.CREDENTIALS, "Source " + source.name() + ": environment variable "
            + variable + " (its password_env) is not set");
      }
      return value;
    }
    String file = source.option(SourceOption.PASSWORD_FILE);
    return file == null ? null : fromFile(source.name(), Path.of(file));
  }

  private static String fromFile(String source, Path file) {
    try {
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
      perms.retainAll(OTHERS);
      if (!perms.isEmpty()) {
        throw new SourceException(SourceException.CREDENTIALS, "Source " + source + ": password file " + file
            + " may be read or written by others (" + perms + "); make it owner-only (chmod 600)");
      }
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new SourceException(SourceException.CREDENTIALS, "Source " + source + ": cannot read password file " + file
          + " (" + e + ")", e);
    } catch (UnsupportedOperationException e) {
      throw new SourceException(SourceException.CREDENTIALS, "Source " + source + ": password file " + file
          + " is on a file system without owner permissions, so it cannot be checked");
    }
  }
}
