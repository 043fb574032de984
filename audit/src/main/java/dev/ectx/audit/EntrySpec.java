package dev.ectx.audit;

import java.util.Optional;

/**
 * An entry point given on the command line: {@code Class#method=context}, where the method may
 * carry a parameter list ({@code Uart#handleInterrupt(int)=irq}) to pick one overload.
 *
 * @param className the binary class name with dots
 * @param methodName the method name ({@code <init>} for a constructor)
 * @param parameters the comma-separated parameter types as written, if given
 * @param context the context the method runs in
 */
public record EntrySpec(
    String className, String methodName, Optional<String> parameters, String context) {

  /**
   * Parses {@code Class#method=context} or {@code Class#method(T1,T2)=context}.
   *
   * @throws IllegalArgumentException if the text does not have that shape
   */
  public static EntrySpec parse(String text) {
    int hash = text.indexOf('#');
    int eq = text.lastIndexOf('=');
    if (hash <= 0 || eq < hash + 2 || eq == text.length() - 1) {
      throw new IllegalArgumentException(Messages.format("entry.syntax", text));
    }
    String method = text.substring(hash + 1, eq).trim();
    Optional<String> params = Optional.empty();
    int paren = method.indexOf('(');
    if (paren >= 0) {
      if (!method.endsWith(")")) {
        throw new IllegalArgumentException(Messages.format("entry.syntax", text));
      }
      params = Optional.of(method.substring(paren + 1, method.length() - 1).replace(" ", ""));
      method = method.substring(0, paren);
    }
    return new EntrySpec(
        text.substring(0, hash).trim(), method, params, text.substring(eq + 1).trim());
  }
}
