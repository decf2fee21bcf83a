package io.dynasql.calcite.ddl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {

  private static List<Token> tokens(String sql) {
    Lexer lexer = new Lexer(sql);
    List<Token> out = new ArrayList<>();
    for (Token t = lexer.next(); t.kind() != Token.Kind.END; t = lexer.next()) out.add(t);
    return out;
  }

  private static String kinds(String sql) {
    StringBuilder out = new StringBuilder();
    for (Token t : tokens(sql)) out.append(t.kind()).append(':').append(t.text()).append(' ');
    return out.toString().trim();
  }

  @Test
  void wordsNumbersStringsQuotedNamesAndSymbols() {
    assertEquals("WORD:Orders SYMBOL:( WORD:pk_1 WORD:VARCHAR SYMBOL:( NUMBER:20 SYMBOL:) SYMBOL:, STRING:it's QUOTED:a \"b\" SYMBOL:) SYMBOL:;",
        kinds("Orders(pk_1 VARCHAR(20), 'it''s' \"a \"\"b\"\"\");"));
  }

  @Test
  void quotedNamesKeepCaseAndAnyCharacter() {
    Token t = tokens("\"My-Table.v2 ünï\"").get(0);
    assertEquals(Token.Kind.QUOTED, t.kind());
    assertEquals("My-Table.v2 ünï", t.text());
  }

  @Test
  void commentsAreSkipped() {
    assertEquals("WORD:a WORD:b WORD:c", kinds("-- first\na /* two\nlines */ b -- trailing\r\nc /**/"));
  }

  @Test
  void positionsAreOneBasedLinesAndColumns() {
    List<Token> t = tokens("a\n  bb\r\n\tc\rd /* x\n */ e");
    assertEquals(List.of("1:1", "2:3", "3:2", "4:1", "5:5"),
        t.stream().map(x -> x.line() + ":" + x.column()).toList());
  }

  @Test
  void endRepeatsAtTheEndOfTheText() {
    Lexer lexer = new Lexer("x ");
    lexer.next();
    Token end = lexer.next();
    assertEquals(Token.Kind.END, end.kind());
    assertEquals(1, end.line());
    assertEquals(3, end.column());
    assertEquals(Token.Kind.END, lexer.next().kind());
  }

  @Test
  void unknownCharactersBecomeSymbols() {
    assertEquals("SYMBOL:@ SYMBOL:- NUMBER:1 SYMBOL:😀", kinds("@ -1 😀"));
  }

  @Test
  void unclosedQuotesAndCommentsAreErrorsAtTheirStart() {
    DdlSyntaxException e = assertThrows(DdlSyntaxException.class, () -> tokens("a\n  \"abc"));
    assertEquals("Expected the closing \" of the quoted identifier started here but found end of statement at line 2, column 3", e.getMessage());
    e = assertThrows(DdlSyntaxException.class, () -> tokens("'it''s"));
    assertEquals("Expected the closing ' of the string started here but found end of statement at line 1, column 1", e.getMessage());
    e = assertThrows(DdlSyntaxException.class, () -> tokens("x /* never closed"));
    assertEquals("Expected the closing */ of the comment started here but found end of statement", e.reason());
    assertEquals(3, e.column());
  }

  @Test
  void emptyQuotedNameIsAnError() {
    DdlSyntaxException e = assertThrows(DdlSyntaxException.class, () -> tokens("x \"\""));
    assertEquals("Expected a name between the double quotes but found '\"\"' at line 1, column 3", e.getMessage());
  }
}
