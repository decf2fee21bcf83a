package io.dynasql.engine.store.file;

import java.util.Locale;

/** Byte counts as messages print them: "3,145,728 bytes". */
final class Sizes {
  private Sizes() {}

  static String bytes(long n) {
    return String.format(Locale.ROOT, "%,d bytes", n);
  }
}
