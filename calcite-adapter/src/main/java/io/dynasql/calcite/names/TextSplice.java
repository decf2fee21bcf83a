package io.dynasql.calcite.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Writes renamed identifiers into the statement's own text, at the positions the parser
 * recorded, so everything else (comments, hints, layout, error positions) stays as the user
 * wrote it. Each replaced span is checked to hold the written name; if one does not, the
 * splice gives up and the caller unparses the tree instead.
 */
final class TextSplice {
  private TextSplice() {}

  /** {@code sql} with every rename applied as a quoted name, or null when a position is off. */
  static String apply(String sql, List<IdentifierResolver.Rename> renames) {
    int[] lineStarts = lineStarts(sql);
    List<int[]> spans = new ArrayList<>(); // start, end (exclusive), rename index
    for (int r = 0; r < renames.size(); r++) {
      IdentifierResolver.Rename rename = renames.get(r);
      SqlParserPos pos = rename.id().getComponentParserPosition(rename.index());
      int start = offset(lineStarts, pos.getLineNum(), pos.getColumnNum());
      int end = offset(lineStarts, pos.getEndLineNum(), pos.getEndColumnNum()) + 1;
      String written = rename.id().names.get(rename.index());
      if (start < 0 || end > sql.length() || end <= start || !sql.substring(start, end).equalsIgnoreCase(written)) {
        return null;
      }
      spans.add(new int[] {start, end, r});
    }
    spans.sort(Comparator.comparingInt(s -> s[0]));
    StringBuilder out = new StringBuilder(sql.length() + 8 * spans.size());
    int at = 0;
    for (int[] s : spans) {
      if (s[0] < at) return null; // overlapping spans: not an identifier each
      out.append(sql, at, s[0]).append('"').append(renames.get(s[2]).exact().replace("\"", "\"\"")).append('"');
      at = s[1];
    }
    return out.append(sql, at, sql.length()).toString();
  }

  private static int[] lineStarts(String sql) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < sql.length(); i++) if (sql.charAt(i) == '\n') starts.add(i + 1);
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The offset of 1-based {@code line} and {@code column}, or -1. */
  private static int offset(int[] lineStarts, int line, int column) {
    if (line < 1 || line > lineStarts.length || column < 1) return -1;
    return lineStarts[line - 1] + column - 1;
  }
}
