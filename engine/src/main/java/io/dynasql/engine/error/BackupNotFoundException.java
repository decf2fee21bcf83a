package io.dynasql.engine.error;

/**
 * No backup has the ARN (or name) a request gives. Nothing was changed. A subclass of {@link ResourceNotFoundException}, so the SQL layer maps it
 * as it maps its parent.
 */
public final class BackupNotFoundException extends ResourceNotFoundException {
  private static final long serialVersionUID = 1L;

  public BackupNotFoundException(String message) {
    super(message);
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.BACKUP_NOT_FOUND;
  }
}
