package dev.ectx.cli.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A place in a source or class file.
 *
 * @param file the path as the user should see it, with {@code /} separators (relative to the
 *     working directory when the file lies below it)
 * @param line the 1-based line, or 0 when unknown (class files without line tables)
 * @param column the 1-based column, or 0 when unknown
 * @param snippet the text of that source line, or null when there is no source
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Location(String file, int line, int column, String snippet) {
  /** A location with no source text. */
  public static Location of(String file, int line, int column) {
    return new Location(file, line, column, null);
  }

  /** {@code file:line:column} as javac prints it, leaving out what is unknown. */
  public String position() {
    if (line <= 0) {
      return file;
    }
    return file + ":" + line + (column > 0 ? ":" + column : "");
  }
}
