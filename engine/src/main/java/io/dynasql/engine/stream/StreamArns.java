package io.dynasql.engine.stream;

import io.dynasql.engine.error.ResourceNotFoundException;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.time.Micros;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Stream labels and ARNs in DynamoDB's form:
 * {@code arn:aws:dynamodb:<region>:<account>:table/<table>/stream/<label>}, the label being the
 * stream's creation time in ISO 8601 with milliseconds (UTC), e.g. {@code 2026-01-01T00:00:00.000}.
 */
public final class StreamArns {
  /** The account every ARN names: an embedded database has no AWS account. */
  public static final String ACCOUNT = "000000000000";
  private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS", Locale.ROOT);

  /** What an ARN names. */
  public record Parsed(String tableName, String label) {}

  private StreamArns() {}

  /** The label of a stream created at {@code micros}. */
  public static String label(long micros) {
    return LocalDateTime.ofInstant(Micros.toInstant(micros), ZoneOffset.UTC).format(LABEL);
  }

  /** The milliseconds a label stands for. */
  static long labelMillis(String label) {
    return LocalDateTime.parse(label, LABEL).toInstant(ZoneOffset.UTC).toEpochMilli();
  }

  public static String arn(String region, String table, String label) {
    return "arn:aws:dynamodb:" + region + ":" + ACCOUNT + ":table/" + table + "/stream/" + label;
  }

  /**
   * The table and label an ARN of this database names: a ValidationException when it is not a
   * stream ARN at all, ResourceNotFoundException when it is one of another region or account.
   */
  public static Parsed parse(String region, String arn) {
    if (arn == null || arn.length() < 37 || arn.length() > 1024) {
      throw new ValidationException("Invalid StreamArn: " + arn + " (a stream ARN has 37 to 1024 characters)");
    }
    String prefix = "arn:aws:dynamodb:";
    int table = arn.indexOf(":table/");
    int stream = arn.lastIndexOf("/stream/");
    if (!arn.startsWith(prefix) || table < 0 || stream < table) {
      throw new ValidationException("Invalid StreamArn: " + arn + " (expected arn:aws:dynamodb:<region>:<account>:table/<table>/stream/<label>)");
    }
    String label = arn.substring(stream + "/stream/".length());
    try {
      labelMillis(label);
    } catch (java.time.format.DateTimeParseException e) {
      throw new ValidationException("Invalid StreamArn: " + arn + " (the stream label is not a time)");
    }
    if (!arn.substring(prefix.length(), table).equals(region + ":" + ACCOUNT)) {
      throw new ResourceNotFoundException("Requested resource not found: Stream: " + arn + " not found (not in region "
          + region + ", account " + ACCOUNT + ")");
    }
    return new Parsed(arn.substring(table + ":table/".length(), stream), label);
  }
}
