package io.dynasql.engine.backup;

import io.dynasql.engine.stream.StreamArns;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * Backup ids and ARNs in DynamoDB's form:
 * {@code arn:aws:dynamodb:<region>:<account>:table/<table>/backup/<id>}, the id being the creation
 * time in milliseconds (14 digits) and 8 random hex digits, e.g. {@code 01767225600000-1a2b3c4d},
 * as in the ARNs of the CreateBackup examples.
 */
final class BackupArns {
  private static final SecureRandom RANDOM = new SecureRandom();

  private BackupArns() {}

  static String newId(long createdMicros) {
    return String.format(Locale.ROOT, "%014d-%08x", createdMicros / 1000, RANDOM.nextInt());
  }

  static String arn(String region, String table, String id) {
    return "arn:aws:dynamodb:" + region + ":" + StreamArns.ACCOUNT + ":table/" + table + "/backup/" + id;
  }

  /** The id an ARN ends with, or null when {@code arn} is not a backup ARN. */
  static String idOf(String arn) {
    if (arn == null || !arn.startsWith("arn:aws:dynamodb:")) return null;
    int at = arn.lastIndexOf("/backup/");
    if (at < 0) return null;
    String id = arn.substring(at + "/backup/".length());
    return isId(id) ? id : null;
  }

  /** Whether {@code s} has an id's shape (so it is safe as a directory name). */
  static boolean isId(String s) {
    return s != null && s.matches("[0-9]{14}-[0-9a-f]{8}");
  }
}
