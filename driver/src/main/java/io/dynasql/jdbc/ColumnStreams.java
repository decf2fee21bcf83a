package io.dynasql.jdbc;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.apache.calcite.avatica.util.Cursor;

/**
 * The stream getters, over the whole value (dynasql's values are in memory once read; an item is
 * at most 400 KB): text as characters or as bytes in the charset JDBC names, binary as bytes.
 * Avatica's accessors have none of them for VARCHAR or VARBINARY. Null for SQL NULL.
 */
final class ColumnStreams {
  private ColumnStreams() {}

  /** getAsciiStream: the text's ASCII bytes (a character outside ASCII is '?'). */
  static InputStream ascii(ColumnReader r, int c) throws SQLException {
    return textBytes(r, c, StandardCharsets.US_ASCII);
  }

  /** getUnicodeStream: the text as two-byte characters, high byte first (UTF-16BE), as JDBC describes it. */
  static InputStream unicode(ColumnReader r, int c) throws SQLException {
    return textBytes(r, c, StandardCharsets.UTF_16BE);
  }

  /** getBinaryStream: the bytes of a BINARY or VARBINARY value. */
  static InputStream binary(ColumnReader r, int c) throws SQLException {
    byte[] b = r.bytes(c);
    return b == null ? null : new ByteArrayInputStream(b);
  }

  /** getCharacterStream: the text as getString gives it. */
  static Reader characters(ColumnReader r, int c) throws SQLException {
    String s = r.call(c, Cursor.Accessor::getString);
    return s == null ? null : new StringReader(s);
  }

  private static InputStream textBytes(ColumnReader r, int c, Charset charset) throws SQLException {
    String s = r.call(c, Cursor.Accessor::getString);
    return s == null ? null : new ByteArrayInputStream(s.getBytes(charset));
  }
}
