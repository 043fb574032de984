package dev.ectx.cli.report;

/** Escaping for text and attribute values in HTML and SVG. */
public final class Html {
  private Html() {}

  /**
   * {@code text} with {@code & < > " '} replaced by character references, so that it is inert in
   * element content and in quoted attribute values ({@code </script>} included).
   */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
            escaped.append("&#xFFFD;");
          } else {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }
}
