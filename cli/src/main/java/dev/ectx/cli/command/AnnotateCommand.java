package dev.ectx.cli.command;

import dev.ectx.annotate.AnnotateResult;
import dev.ectx.annotate.Annotator;
import dev.ectx.audit.AuditInputException;
import dev.ectx.audit.Suggestion;
import dev.ectx.audit.SuggestionsFile;
import dev.ectx.cli.ExitCodes;
import dev.ectx.cli.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ectx annotate SRC... --from FILE [--dry-run]}: writes the annotations that {@code ectx
 * audit --suggest FILE} inferred into the sources, keeping every other byte as it was.
 */
@Command(
    name = "annotate",
    mixinStandardHelpOptions = true,
    description = {
      "Insert the annotations suggested by 'ectx audit --suggest FILE' into Java sources, with"
          + " their imports; the rest of each file is kept byte for byte. Only files inside the"
          + " given roots are written (whole, through a temporary file); a method that already has"
          + " a context annotation is left alone, so a second run changes nothing; a file that"
          + " does not parse is reported and left untouched."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ectx annotate src/main/java --from suggestions.json --dry-run",
      "  ectx annotate src/main/java --from suggestions.json"
    })
public final class AnnotateCommand extends BaseCommand {
  @Parameters(paramLabel = "SRC", arity = "1..*", description = "Source folders or .java files.")
  List<Path> roots = new ArrayList<>();

  @Option(
      names = "--from",
      required = true,
      paramLabel = "FILE",
      description = "The suggestions file written by 'ectx audit --suggest FILE'.")
  Path from;

  @Option(names = "--dry-run", description = "Print a unified diff of the changes; write nothing.")
  boolean dryRun;

  /**
   * @return 0 when every file could be handled, 2 when a file was left untouched (a parse error,
   *     a path outside the roots)
   */
  @Override
  protected int execute() {
    AnnotateResult result;
    try {
      List<Suggestion> suggestions = SuggestionsFile.read(from);
      result = new Annotator().annotate(roots, suggestions, dryRun);
    } catch (AuditInputException e) {
      throw new InputException(e.getMessage(), e);
    }
    int added = 0;
    for (AnnotateResult.Change change : result.changes()) {
      added += change.added();
      if (dryRun) {
        out().print(change.diff());
      } else {
        note("annotated " + change.file() + " (" + change.added() + ")");
      }
    }
    for (AnnotateResult.Problem problem : result.problems()) {
      err().println("ectx: error: " + problem.message());
    }
    for (Suggestion s : result.unmatched()) {
      note("no source for " + s.className() + "#" + s.method() + " under the given roots");
    }
    note((dryRun ? "would add " : "added ") + added + " annotations in "
        + result.changes().size() + " files");
    return result.problems().isEmpty() ? ExitCodes.CLEAN : ExitCodes.INPUT_ERROR;
  }
}
