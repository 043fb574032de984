package dev.ectx.cli.rules;

import dev.ectx.cli.BundledResources;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The manual's rule pages ({@code docs/rules/KEY.md}), bundled with the command at build time so
 * that {@code ectx explain} and the SARIF rule help read the one source.
 */
public final class RulePages {
  /** The resource folder that the build copies {@code docs/rules} into. */
  public static final String FOLDER = "dev/ectx/cli/rules";

  private static final Pattern KEY = Pattern.compile("[a-z]+(\\.[a-z]+)+");

  private final BundledResources resources;

  /** Reads the pages from {@code resources}. */
  public RulePages(BundledResources resources) {
    this.resources = resources;
  }

  /** The keys that have a page, sorted. */
  public List<String> keys() {
    return resources.list(FOLDER).stream()
        .filter(name -> name.endsWith(".md") && !name.contains("/"))
        .map(name -> name.substring(0, name.length() - ".md".length()))
        .filter(key -> KEY.matcher(key).matches())
        .toList();
  }

  /** The page of {@code key}, if there is one. */
  public Optional<String> page(String key) {
    if (!KEY.matcher(key).matches()) {
      return Optional.empty();
    }
    return resources.text(FOLDER + "/" + key + ".md");
  }

  /**
   * The one-sentence summary of a page: its first paragraph after the title, joined into a line.
   * Falls back to the key when there is no page.
   */
  public String summary(String key) {
    return page(key).map(RulePages::firstParagraph).filter(s -> !s.isEmpty()).orElse(key);
  }

  private static String firstParagraph(String page) {
    StringBuilder summary = new StringBuilder();
    for (String line : page.split("\\R")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("#")) {
        if (summary.length() > 0) {
          break;
        }
        continue;
      }
      if (trimmed.isEmpty()) {
        if (summary.length() > 0) {
          break;
        }
        continue;
      }
      if (summary.length() > 0) {
        summary.append(' ');
      }
      summary.append(trimmed);
    }
    return summary.toString();
  }
}
