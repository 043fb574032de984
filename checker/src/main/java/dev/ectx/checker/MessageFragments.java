package dev.ectx.checker;

import java.util.Arrays;
import org.checkerframework.framework.source.SourceChecker;

/**
 * Pieces of diagnostic text that are not diagnostic keys themselves ({@code
 * context.static.unconfined}, {@code alloc.forbidden.what.new}): like every message text, they live
 * in {@code messages.properties}.
 */
final class MessageFragments {
  private MessageFragments() {}

  /**
   * The fragment {@code key}, formatted with {@code args}.
   *
   * @param checker the checker, whose messages.properties holds the fragment
   * @param key the fragment's key
   * @param args its arguments
   * @return the text; the key and arguments themselves if the key is missing
   */
  static String format(SourceChecker checker, String key, Object... args) {
    String format = checker.getMessagesProperties().getProperty(key);
    return format == null ? key + Arrays.toString(args) : String.format(format, args);
  }
}
