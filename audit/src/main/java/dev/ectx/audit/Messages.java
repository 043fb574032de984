package dev.ectx.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The audit's message texts, from {@code messages.properties} next to this class. */
public final class Messages {
  private static final Properties TEXTS = load();

  private Messages() {}

  /** The text for {@code key} with {@code args} substituted ({@link String#format} style). */
  public static String format(String key, Object... args) {
    String pattern = TEXTS.getProperty(key);
    if (pattern == null) {
      throw new IllegalArgumentException("no message for key " + key);
    }
    return String.format(pattern, args);
  }

  private static Properties load() {
    Properties texts = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream("messages.properties")) {
      texts.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return texts;
  }
}
