package io.dynasql.calcite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.parser.SqlAbstractParserImpl;
import org.junit.jupiter.api.Test;

/** The parser's reserved words, learned word by word, are the ones Calcite's own keyword metadata lists. */
class ParsesTest {
  @Test
  void reservedWordsAreCalcitesOwn() {
    SqlAbstractParserImpl.Metadata metadata = Parses.keywords();
    List<String> differ = new ArrayList<>();
    int reserved = 0;
    for (String word : metadata.getTokens()) {
      if (!metadata.isKeyword(word)) continue;
      if (metadata.isReservedWord(word)) reserved++;
      if (metadata.isReservedWord(word) != Parses.isReservedWord(word)) differ.add(word);
    }
    assertEquals(List.of(), differ);
    assertTrue(reserved > 100, "reserved words: " + reserved);
    assertTrue(Parses.isReservedWord("COUNT"));
    assertFalse(Parses.isReservedWord("KEY"));
    assertFalse(Parses.isReservedWord("TOTAL")); // no keyword at all
  }

  @Test
  void askingAboutAWordIsNoParseOfAStatement() {
    long before = Parses.count();
    Parses.isReservedWord("VALUE");
    Parses.isReservedWord("NAME");
    assertEquals(0, Parses.count() - before);
  }
}
