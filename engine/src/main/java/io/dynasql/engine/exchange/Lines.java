package io.dynasql.engine.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream into lines of bytes without decoding them: the JSON parser reads UTF-8 bytes
 * directly, so decoding each line to a String first would only double the work. A trailing
 * {@code \r} is dropped.
 */
final class Lines {
  private final InputStream in;
  private final byte[] buf = new byte[256 * 1024];
  private int pos;
  private int end;
  private byte[] line = new byte[4096];
  private int length;

  Lines(InputStream in) {
    this.in = in;
  }

  /** Moves to the next line; false at the end of the stream. */
  boolean next() throws IOException {
    length = 0;
    boolean any = false;
    while (true) {
      if (pos == end) {
        end = in.read(buf, 0, buf.length);
        pos = 0;
        if (end <= 0) {
          end = 0;
          return any;
        }
      }
      any = true;
      int nl = pos;
      while (nl < end && buf[nl] != '\n') nl++;
      append(pos, nl - pos);
      if (nl < end) {
        pos = nl + 1;
        if (length > 0 && line[length - 1] == '\r') length--;
        return true;
      }
      pos = end;
    }
  }

  private void append(int from, int n) {
    if (length + n > line.length) line = Arrays.copyOf(line, Math.max(line.length * 2, length + n));
    System.arraycopy(buf, from, line, length, n);
    length += n;
  }

  byte[] bytes() { return line; }

  int length() { return length; }

  boolean blank() {
    for (int i = 0; i < length; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t') return false;
    }
    return true;
  }

  String text() { return new String(line, 0, length, java.nio.charset.StandardCharsets.UTF_8); }
}
