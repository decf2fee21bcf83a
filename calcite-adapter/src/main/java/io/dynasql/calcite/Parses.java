package io.dynasql.calcite;

import java.io.Reader;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.sql.parser.SqlAbstractParserImpl;
import org.apache.calcite.sql.parser.SqlParserImplFactory;
import org.apache.calcite.sql.parser.impl.ParseException;
import org.apache.calcite.sql.parser.impl.SqlParserImpl;
import org.apache.calcite.sql.parser.impl.SqlParserImplConstants;
import org.apache.calcite.sql.parser.impl.TokenMgrError;

/**
 * Calcite's SQL parser, counting the statements it reads in this JVM: the parser factory of
 * {@link CalciteConfig#PARSER}. A statement is meant to be parsed once (name resolution's tree is
 * what gets validated and planned); the count is how a test holds that, and it costs one
 * uncontended increment per parse.
 */
public final class Parses {
  private static final LongAdder COUNT = new LongAdder();

  /** Calcite's own parser ({@link SqlParserImpl#FACTORY}), counted. */
  static final SqlParserImplFactory FACTORY = new SqlParserImplFactory() {
    @Override
    public SqlAbstractParserImpl getParser(Reader stream) {
      COUNT.increment();
      return SqlParserImpl.FACTORY.getParser(stream);
    }
  };

  private Parses() {}

  /**
   * The keywords of the parser {@link #FACTORY} makes (which are reserved, which are SQL:2003's),
   * read without counting a parse. Building them costs tens of milliseconds the first time, so a
   * statement asks {@link #isReservedWord} instead.
   */
  public static SqlAbstractParserImpl.Metadata keywords() {
    return SqlParserImpl.FACTORY.getParser(new StringReader("")).getMetadata();
  }

  /**
   * Whether {@code upperCase} is a reserved word of the parser {@link #FACTORY} makes, as
   * {@link #keywords()} would say, at the cost of one tiny parse of the word the first time it is
   * asked about (not counted: it is no statement) rather than of every keyword at once.
   */
  public static boolean isReservedWord(String upperCase) {
    return Keywords.IMAGES.contains(upperCase) && Keywords.RESERVED.computeIfAbsent(upperCase, Keywords::reserved);
  }

  /** The parser's keywords, read from its token table; whether each is reserved, learned on demand. */
  private static final class Keywords {
    static final Set<String> IMAGES = images();
    static final Map<String, Boolean> RESERVED = new ConcurrentHashMap<>();

    private static Set<String> images() {
      Set<String> words = new HashSet<>();
      for (String image : SqlParserImplConstants.tokenImage) {
        // a keyword's image is the word in double quotes; other tokens are symbols or <NAMES>
        if (image.length() > 2 && image.charAt(0) == '"' && Character.isLetter(image.charAt(1))) {
          words.add(image.substring(1, image.length() - 1));
        }
      }
      return Set.copyOf(words);
    }

    /** A keyword is reserved unless the grammar's non-reserved keyword rule takes it. */
    private static boolean reserved(String word) {
      try {
        SqlParserImpl parser = new SqlParserImpl(new StringReader(word));
        parser.setUnquotedCasing(Casing.UNCHANGED); // the rule returns the word, cased as configured
        parser.NonReservedKeyWord();
        return false;
      } catch (ParseException | TokenMgrError e) {
        return true;
      }
    }
  }

  /** How many parsers {@link CalciteConfig#PARSER} has made: one per statement text read. */
  public static long count() {
    return COUNT.sum();
  }
}
