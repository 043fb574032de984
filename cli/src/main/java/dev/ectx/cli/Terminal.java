package dev.ectx.cli;

import java.util.Map;

/**
 * What the command knows about where its output goes.
 *
 * @param colour whether standard output may carry ANSI colours
 * @param interactive whether standard error is a terminal (live progress is shown only there)
 */
public record Terminal(boolean colour, boolean interactive) {
  /** No colours, no live progress: pipes, files and tests. */
  public static final Terminal PLAIN = new Terminal(false, false);

  /**
   * Detects the terminal of this process: colour only when there is a console, {@code NO_COLOR}
   * is unset or empty and {@code TERM} is not {@code dumb}.
   */
  public static Terminal detect(Map<String, String> environment) {
    boolean console = System.console() != null;
    String noColor = environment.get("NO_COLOR");
    boolean colour =
        console && (noColor == null || noColor.isEmpty()) && !"dumb".equals(environment.get("TERM"));
    return new Terminal(colour, console);
  }
}
