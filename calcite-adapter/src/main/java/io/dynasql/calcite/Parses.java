package io.dynasql.calcite;

import java.io.Reader;
import java.io.StringReader;
import java.util.concurrent.atomic.LongAdder;
import org.apache.calcite.sql.parser.SqlAbstractParserImpl;
import org.apache.calcite.sql.parser.SqlParserImplFactory;
import org.apache.calcite.sql.parser.impl.SqlParserImpl;

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
   * read without counting a parse.
   */
  public static SqlAbstractParserImpl.Metadata keywords() {
    return SqlParserImpl.FACTORY.getParser(new StringReader("")).getMetadata();
  }

  /** How many parsers {@link CalciteConfig#PARSER} has made: one per statement text read. */
  public static long count() {
    return COUNT.sum();
  }
}
