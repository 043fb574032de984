package dev.ectx.checker;

import java.util.ArrayList;
import java.util.List;

/**
 * A small Java lexer for the mutation test: it splits a source text into tokens with their
 * offsets, skipping white space and comments. It only has to be good enough to pick mutation
 * sites; a mutant that it tokenised wrongly is still a valid (if odd) input for the checker.
 */
final class SourceTokens {
  /** What a token is, as far as the mutation operators care. */
  enum Kind {
    WORD,
    STRING,
    CHAR,
    NUMBER,
    SYMBOL
  }

  /**
   * One token.
   *
   * @param kind what it is
   * @param start offset of its first character
   * @param end offset after its last character
   * @param text its text
   */
  record Token(Kind kind, int start, int end, String text) {
    /** Whether this token's text equals the given text. */
    boolean is(String other) {
      return text.equals(other);
    }
  }

  /** Operators of more than one character, longest first so the longest match wins. */
  private static final String[] LONG_SYMBOLS = {
    ">>>=", "<<=", ">>=", "...", "->", "::", "==", "!=", "<=", ">=", "&&", "||", "++", "--", "+=",
    "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<"
  };

  private SourceTokens() {}

  /**
   * Splits a source text into tokens.
   *
   * @param source the Java source text
   * @return its tokens in order
   */
  static List<Token> of(String source) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (source.startsWith("//", i)) {
        i = endOf(source, "\n", i + 2);
      } else if (source.startsWith("/*", i)) {
        i = endOf(source, "*/", i + 2);
      } else if (source.startsWith("\"\"\"", i)) {
        int end = endOf(source, "\"\"\"", i + 3);
        tokens.add(new Token(Kind.STRING, i, end, source.substring(i, end)));
        i = end;
      } else if (c == '"' || c == '\'') {
        int end = quotedEnd(source, i);
        tokens.add(new Token(c == '"' ? Kind.STRING : Kind.CHAR, i, end, source.substring(i, end)));
        i = end;
      } else if (Character.isJavaIdentifierStart(c)) {
        int end = i + 1;
        while (end < n && Character.isJavaIdentifierPart(source.charAt(end))) {
          end++;
        }
        tokens.add(new Token(Kind.WORD, i, end, source.substring(i, end)));
        i = end;
      } else if (Character.isDigit(c)) {
        int end = i + 1;
        while (end < n && (Character.isLetterOrDigit(source.charAt(end)) || source.charAt(end) == '_'
            || source.charAt(end) == '.')) {
          end++;
        }
        tokens.add(new Token(Kind.NUMBER, i, end, source.substring(i, end)));
        i = end;
      } else {
        int end = i + symbolLength(source, i);
        tokens.add(new Token(Kind.SYMBOL, i, end, source.substring(i, end)));
        i = end;
      }
    }
    return tokens;
  }

  /**
   * The package a source declares.
   *
   * @param source a Java source text
   * @return the package name, or the empty string for the unnamed package
   */
  static String packageName(String source) {
    List<Token> tokens = of(source);
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.is("package")) {
        StringBuilder name = new StringBuilder();
        for (int j = i + 1; j < tokens.size() && !tokens.get(j).is(";"); j++) {
          name.append(tokens.get(j).text());
        }
        return name.toString();
      }
      if (token.is("import") || token.is("class") || token.is("interface") || token.is("enum")
          || token.is("record")) {
        return "";
      }
    }
    return "";
  }

  private static int endOf(String source, String terminator, int from) {
    int at = source.indexOf(terminator, from);
    return at < 0 ? source.length() : at + terminator.length();
  }

  private static int quotedEnd(String source, int start) {
    char quote = source.charAt(start);
    int i = start + 1;
    while (i < source.length() && source.charAt(i) != quote && source.charAt(i) != '\n') {
      i += source.charAt(i) == '\\' ? 2 : 1;
    }
    return Math.min(i + 1, source.length());
  }

  private static int symbolLength(String source, int at) {
    for (String symbol : LONG_SYMBOLS) {
      if (source.startsWith(symbol, at)) {
        return symbol.length();
      }
    }
    return 1;
  }
}
