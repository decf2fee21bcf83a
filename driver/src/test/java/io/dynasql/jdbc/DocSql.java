package io.dynasql.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the examples of a docs/ page's section, so that tests run what the page prints. */
final class DocSql {
  private DocSql() {}

  /** The text of {@code section} (a heading line) in docs/{@code page}, to the next heading of its level. */
  static String section(String page, String section) throws IOException {
    String doc = Files.readString(Path.of("..", "docs", page));
    int at = doc.indexOf("\n" + section + "\n");
    if (at < 0) throw new AssertionError("docs/" + page + " has no section " + section);
    int end = doc.indexOf("\n## ", at + 1);
    return doc.substring(at, end < 0 ? doc.length() : end);
  }

  /** The first fenced block of {@code language} in {@code text}. */
  static String block(String text, String language) {
    int start = text.indexOf("```" + language + "\n");
    if (start < 0) throw new AssertionError("no ```" + language + " block in " + text);
    start += language.length() + 4;
    return text.substring(start, text.indexOf("```", start));
  }

  /** The statements of an SQL block, split at semicolons (the examples have none inside literals). */
  static List<String> statements(String block) {
    List<String> out = new ArrayList<>();
    for (String s : block.split(";")) if (!s.isBlank()) out.add(s.strip());
    return out;
  }
}
