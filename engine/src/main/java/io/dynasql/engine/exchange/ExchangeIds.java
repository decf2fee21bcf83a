package io.dynasql.engine.exchange;

import io.dynasql.engine.stream.StreamArns;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Ids and ARNs of exports and imports in DynamoDB's shapes: an export id is the request time in
 * milliseconds (14 digits) and 8 random hex digits, {@code 01234567890123-a1b2c3d4}; data files
 * get 26 random base-32 characters, as DynamoDB's do.
 */
final class ExchangeIds {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

  private ExchangeIds() {}

  static String newId(long millis) {
    byte[] r = new byte[4];
    RANDOM.nextBytes(r);
    return String.format(Locale.ROOT, "%014d-%s", millis, HexFormat.of().formatHex(r));
  }

  static String tableArn(String region, String table) {
    return "arn:aws:dynamodb:" + region + ":" + StreamArns.ACCOUNT + ":table/" + table;
  }

  static String exportArn(String region, String table, String id) {
    return tableArn(region, table) + "/export/" + id;
  }

  static String importArn(String region, String table, String id) {
    return tableArn(region, table) + "/import/" + id;
  }

  static String fileName() {
    char[] c = new char[26];
    for (int i = 0; i < c.length; i++) c[i] = BASE32[RANDOM.nextInt(32)];
    return new String(c);
  }
}
