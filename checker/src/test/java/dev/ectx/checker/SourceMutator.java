package dev.ectx.checker;

import dev.ectx.checker.SourceTokens.Kind;
import dev.ectx.checker.SourceTokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Derives one mutant from a Java source text by one small edit, the kind a person makes while
 * typing. Operators:
 *
 * <ol>
 *   <li>{@link Operator#DELETE_TOKEN}: delete any token.
 *   <li>{@link Operator#SWAP_ANNOTATIONS}: swap two different annotations (with their arguments).
 *   <li>{@link Operator#DROP_MODIFIER}: drop a modifier keyword or an annotation.
 *   <li>{@link Operator#RENAME_CONTEXT}: replace a string in an annotation (a context name) by
 *       another context, an undeclared one, an empty one or a list-like one.
 *   <li>{@link Operator#WRAP_IN_LAMBDA}: wrap an expression statement in a {@code Runnable}
 *       lambda, or an argument, initialiser or returned expression in a {@code Supplier} lambda
 *       called at once through an anonymous class (which keeps its type).
 * </ol>
 *
 * <p>Edits never touch the package declaration, so the caller can rename the package to keep
 * mutants apart.
 */
final class SourceMutator {
  /** The kinds of edit. */
  enum Operator {
    DELETE_TOKEN,
    SWAP_ANNOTATIONS,
    DROP_MODIFIER,
    RENAME_CONTEXT,
    WRAP_IN_LAMBDA
  }

  /**
   * One mutant's text and what was done to get it.
   *
   * @param operator the edit
   * @param description where and what, for failure messages
   * @param source the mutated source text
   */
  record Mutation(Operator operator, String description, String source) {}

  private static final Set<String> MODIFIERS = Set.of("public", "protected", "private", "static",
      "final", "abstract", "synchronized", "volatile", "transient", "native", "strictfp", "default");

  private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break",
      "byte", "case", "catch", "char", "class", "const", "continue", "default", "do", "double",
      "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if", "implements",
      "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
      "protected", "public", "return", "short", "static", "strictfp", "super", "switch",
      "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while",
      "var", "yield", "record", "true", "false", "null");

  /** What a context name may turn into: the declared ones, boot, and mistakes. */
  private static final String[] CONTEXT_NAMES = {"kernel", "irq", "process", "ui", "worker",
    "boot", "", "undeclared", "Kernel", "kernel,irq", " irq", "\\u0000"};

  /** Tokens after which a statement starts. */
  private static final Set<String> STATEMENT_STARTS = Set.of(";", "{", "}");

  /** Tokens that, after a name, make a statement an expression statement. */
  private static final Set<String> EXPRESSION_CONTINUATIONS =
      Set.of(".", "(", "=", "++", "--", "+=", "-=", "*=", "[", "|=", "&=");

  /** Tokens after which an expression may start. */
  private static final Set<String> EXPRESSION_STARTS = Set.of("(", ",", "=", "return", "->");

  /** Tokens that may end a wrapped expression. */
  private static final Set<String> EXPRESSION_ENDS = Set.of(")", ",", ";");

  private final String source;
  private final List<Token> tokens;
  private final int firstMutable;
  private final List<int[]> annotations;

  /**
   * Prepares a source text for mutation.
   *
   * @param source the original text
   */
  SourceMutator(String source) {
    this.source = source;
    this.tokens = SourceTokens.of(source);
    this.firstMutable = afterPackageDeclaration(tokens);
    this.annotations = annotationSpans();
  }

  /**
   * Applies one operator at a random site.
   *
   * @param operator the edit to make
   * @param random the seeded source of choices
   * @return the mutant, or empty when the text has no site for this operator
   */
  Optional<Mutation> mutate(Operator operator, Random random) {
    switch (operator) {
      case DELETE_TOKEN:
        return deleteToken(random);
      case SWAP_ANNOTATIONS:
        return swapAnnotations(random);
      case DROP_MODIFIER:
        return dropModifier(random);
      case RENAME_CONTEXT:
        return renameContext(random);
      case WRAP_IN_LAMBDA:
        return random.nextBoolean() ? wrapStatement(random) : wrapExpression(random);
      default:
        throw new IllegalArgumentException(operator.name());
    }
  }

  private Optional<Mutation> deleteToken(Random random) {
    if (firstMutable >= tokens.size()) {
      return Optional.empty();
    }
    Token token = tokens.get(firstMutable + random.nextInt(tokens.size() - firstMutable));
    return Optional.of(replace(Operator.DELETE_TOKEN, token.start(), token.end(), " "));
  }

  private Optional<Mutation> swapAnnotations(Random random) {
    if (annotations.size() < 2) {
      return Optional.empty();
    }
    for (int attempt = 0; attempt < 10; attempt++) {
      int[] a = annotations.get(random.nextInt(annotations.size()));
      int[] b = annotations.get(random.nextInt(annotations.size()));
      if (a[0] > b[0]) {
        int[] swap = a;
        a = b;
        b = swap;
      }
      String first = source.substring(a[0], a[1]);
      String second = source.substring(b[0], b[1]);
      if (a[1] <= b[0] && !first.equals(second)) {
        String text = source.substring(0, a[0]) + second + source.substring(a[1], b[0]) + first
            + source.substring(b[1]);
        return Optional.of(new Mutation(Operator.SWAP_ANNOTATIONS,
            "swap " + first + " (line " + line(a[0]) + ") with " + second + " (line " + line(b[0])
                + ")", text));
      }
    }
    return Optional.empty();
  }

  private Optional<Mutation> dropModifier(Random random) {
    List<int[]> sites = new ArrayList<>(annotations);
    for (int i = firstMutable; i < tokens.size(); i++) {
      if (MODIFIERS.contains(tokens.get(i).text())) {
        sites.add(new int[] {tokens.get(i).start(), tokens.get(i).end()});
      }
    }
    if (sites.isEmpty()) {
      return Optional.empty();
    }
    int[] site = sites.get(random.nextInt(sites.size()));
    return Optional.of(replace(Operator.DROP_MODIFIER, site[0], site[1], " "));
  }

  private Optional<Mutation> renameContext(Random random) {
    List<Token> inAnnotations = new ArrayList<>();
    List<Token> anywhere = new ArrayList<>();
    for (int i = firstMutable; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.kind() == Kind.STRING) {
        anywhere.add(token);
        if (insideAnnotation(token.start())) {
          inAnnotations.add(token);
        }
      }
    }
    List<Token> sites = inAnnotations.isEmpty() ? anywhere : inAnnotations;
    if (sites.isEmpty()) {
      return Optional.empty();
    }
    Token site = sites.get(random.nextInt(sites.size()));
    String name = CONTEXT_NAMES[random.nextInt(CONTEXT_NAMES.length)];
    if (site.text().equals('"' + name + '"')) {
      name = name + "2";
    }
    return Optional.of(replace(Operator.RENAME_CONTEXT, site.start(), site.end(), '"' + name + '"'));
  }

  /** {@code x.f(y);} becomes {@code ((Runnable) () -> x.f(y)).run();}. */
  private Optional<Mutation> wrapStatement(Random random) {
    List<int[]> sites = new ArrayList<>();
    for (int i = Math.max(firstMutable, 1); i + 1 < tokens.size(); i++) {
      if (STATEMENT_STARTS.contains(tokens.get(i - 1).text()) && isName(tokens.get(i))
          && EXPRESSION_CONTINUATIONS.contains(tokens.get(i + 1).text())) {
        int end = balancedEnd(i, Set.of(";"));
        if (end > i) {
          sites.add(new int[] {tokens.get(i).start(), tokens.get(end - 1).end()});
        }
      }
    }
    if (sites.isEmpty()) {
      return Optional.empty();
    }
    int[] site = sites.get(random.nextInt(sites.size()));
    String expression = source.substring(site[0], site[1]);
    return Optional.of(replace(Operator.WRAP_IN_LAMBDA, site[0], site[1],
        "((Runnable) () -> " + expression + ").run()"));
  }

  /** {@code f(x.y())} becomes {@code f(new Object() { <T> T id(Supplier<T> s) {...} }.id(() -> x.y()))}. */
  private Optional<Mutation> wrapExpression(Random random) {
    List<int[]> sites = new ArrayList<>();
    for (int i = Math.max(firstMutable, 1); i + 1 < tokens.size(); i++) {
      if (EXPRESSION_STARTS.contains(tokens.get(i - 1).text())
          && (isName(tokens.get(i)) || tokens.get(i).is("this"))) {
        int end = primaryEnd(i);
        if (end < tokens.size() && EXPRESSION_ENDS.contains(tokens.get(end).text())) {
          sites.add(new int[] {tokens.get(i).start(), tokens.get(end - 1).end()});
        }
      }
    }
    if (sites.isEmpty()) {
      return Optional.empty();
    }
    int[] site = sites.get(random.nextInt(sites.size()));
    String expression = source.substring(site[0], site[1]);
    return Optional.of(replace(Operator.WRAP_IN_LAMBDA, site[0], site[1],
        "new Object() { <T> T id(java.util.function.Supplier<T> s) { return s.get(); } }.id(() -> "
            + expression + ")"));
  }

  /** The token index after a primary: a name followed by {@code .name}, calls and indexes. */
  private int primaryEnd(int start) {
    int i = start + 1;
    while (i < tokens.size()) {
      String text = tokens.get(i).text();
      if (text.equals(".") && i + 1 < tokens.size() && isName(tokens.get(i + 1))) {
        i += 2;
      } else if (text.equals("(") || text.equals("[")) {
        int end = balancedEnd(i, Set.of(text.equals("(") ? ")" : "]"));
        if (end <= i) {
          return tokens.size();
        }
        i = end;
      } else {
        return i;
      }
    }
    return i;
  }

  /**
   * The index after the first token at nesting depth zero that is in {@code closers}, counting
   * from {@code start}; or -1 if nesting goes negative first or the text ends.
   */
  private int balancedEnd(int start, Set<String> closers) {
    int depth = 0;
    for (int i = start; i < tokens.size(); i++) {
      String text = tokens.get(i).text();
      if (text.equals("(") || text.equals("[") || text.equals("{")) {
        depth++;
      } else if (text.equals(")") || text.equals("]") || text.equals("}")) {
        depth--;
        if (depth == 0 && closers.contains(text)) {
          return i + 1;
        }
        if (depth < 0) {
          return -1;
        }
      } else if (depth == 0 && closers.contains(text)) {
        return text.equals(";") ? i : i + 1;
      }
    }
    return -1;
  }

  private static boolean isName(Token token) {
    return token.kind() == Kind.WORD && !KEYWORDS.contains(token.text());
  }

  /** Character spans of annotations: {@code @Name}, {@code @a.b.Name} and their arguments. */
  private List<int[]> annotationSpans() {
    List<int[]> spans = new ArrayList<>();
    for (int i = firstMutable; i + 1 < tokens.size(); i++) {
      if (tokens.get(i).is("@") && tokens.get(i + 1).kind() == Kind.WORD
          && !tokens.get(i + 1).is("interface")) {
        int end = i + 2;
        while (end + 1 < tokens.size() && tokens.get(end).is(".")
            && tokens.get(end + 1).kind() == Kind.WORD) {
          end += 2;
        }
        if (end < tokens.size() && tokens.get(end).is("(")) {
          int close = balancedEnd(end, Set.of(")"));
          end = close < 0 ? end : close;
        }
        spans.add(new int[] {tokens.get(i).start(), tokens.get(end - 1).end()});
      }
    }
    return spans;
  }

  private boolean insideAnnotation(int offset) {
    for (int[] span : annotations) {
      if (span[0] <= offset && offset < span[1]) {
        return true;
      }
    }
    return false;
  }

  /** The index of the first token after {@code package ...;}, or 0 without one. */
  private static int afterPackageDeclaration(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).is("package")) {
        while (i < tokens.size() && !tokens.get(i).is(";")) {
          i++;
        }
        return i + 1;
      }
      if (tokens.get(i).is("import") || tokens.get(i).is("class")) {
        return 0;
      }
    }
    return 0;
  }

  private Mutation replace(Operator operator, int start, int end, String replacement) {
    String text = source.substring(0, start) + replacement + source.substring(end);
    String description = operator.name().toLowerCase() + " at line " + line(start) + ": `"
        + source.substring(start, end) + "` -> `" + replacement.strip() + "`";
    return new Mutation(operator, description, text);
  }

  private int line(int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (source.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
