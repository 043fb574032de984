package dev.ectx.cli.command;

import dev.ectx.cli.BundledResources;
import dev.ectx.cli.ExitCodes;
import dev.ectx.cli.InputException;
import dev.ectx.cli.rules.RulePages;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ectx explain KEY}: prints the manual's page of a diagnostic key. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = "Print the manual's page of a diagnostic key: the rule, why, a wrong and a right example.",
    footerHeading = "%nExamples:%n",
    footer = {"  ectx explain context.call", "  ectx explain --list"})
public final class ExplainCommand extends BaseCommand {
  @Parameters(
      arity = "0..1",
      paramLabel = "KEY",
      completionCandidates = KnownKeys.class,
      description = "A diagnostic key, as printed in brackets, such as context.call.")
  String key;

  @Option(names = "--list", description = "List the keys that have a page.")
  boolean list;

  @Override
  protected int execute() {
    RulePages pages = rulePages();
    if (list) {
      pages.keys().forEach(k -> out().println(k + "  " + pages.summary(k)));
      return ExitCodes.CLEAN;
    }
    if (key == null) {
      throw new InputException("which key? name one, or list them with 'ectx explain --list'");
    }
    String page =
        pages
            .page(key)
            .orElseThrow(
                () ->
                    new InputException(
                        "no rule page for '" + key + "'; known keys: " + String.join(", ", known(pages))));
    out().print(page.endsWith("\n") ? page : page + System.lineSeparator());
    return ExitCodes.CLEAN;
  }

  private static List<String> known(RulePages pages) {
    List<String> keys = pages.keys();
    return keys.isEmpty() ? List.of("(none: this build bundles no rule pages)") : keys;
  }

  /** The keys offered by shell completion. */
  static final class KnownKeys implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return new RulePages(BundledResources.ofCommand()).keys().iterator();
    }
  }
}
