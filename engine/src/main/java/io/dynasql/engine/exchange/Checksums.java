package io.dynasql.engine.exchange;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The checksums of an export's manifests: {@code md5Checksum} is the Base64 MD5 of a data file
 * (S3's Content-MD5), {@code etag} its hex MD5 (S3's ETag of a single-part upload).
 */
final class Checksums {
  private Checksums() {}

  static MessageDigest md5() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has MD5", e);
    }
  }

  static String base64(byte[] digest) { return Base64.getEncoder().encodeToString(digest); }

  static String hex(byte[] digest) { return HexFormat.of().formatHex(digest); }

  static byte[] md5(byte[] content) { return md5().digest(content); }
}
