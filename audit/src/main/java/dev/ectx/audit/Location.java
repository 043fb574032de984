package dev.ectx.audit;

/**
 * A place in the audited program.
 *
 * @param className the binary class name with dots ({@code dev.ectx.capsules.Uart$1})
 * @param sourceFile the source path relative to a source root ({@code dev/ectx/capsules/Uart.java})
 *     as recorded in the class file, or derived from the class name when absent
 * @param member the method or field, as {@code name(ParamType, ...)} or {@code name}; empty for a
 *     class
 * @param line the source line, or 0 when the class file has no line numbers
 */
public record Location(String className, String sourceFile, String member, int line) {

  /** {@code Class.member} for messages. */
  public String display() {
    String simple = className.substring(className.lastIndexOf('.') + 1);
    return member.isEmpty() ? simple : simple + "." + member;
  }
}
