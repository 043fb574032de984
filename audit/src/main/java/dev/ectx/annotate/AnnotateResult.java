package dev.ectx.annotate;

import dev.ectx.audit.Suggestion;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code annotate} did.
 *
 * @param changes the files changed (or, in a dry run, that would change), with their diffs
 * @param problems files that were left untouched because they could not be read, parsed or
 *     written, or lie outside the roots
 * @param unmatched suggestions whose method was found in no source file
 */
public record AnnotateResult(List<Change> changes, List<Problem> problems, List<Suggestion> unmatched) {

  /** A result with unmodifiable copies of its lists. */
  public AnnotateResult {
    changes = List.copyOf(changes);
    problems = List.copyOf(problems);
    unmatched = List.copyOf(unmatched);
  }

  /**
   * One changed file.
   *
   * @param file the file
   * @param added how many annotations were added
   * @param diff the unified diff of the change
   */
  public record Change(Path file, int added, String diff) {}

  /**
   * A file left untouched.
   *
   * @param file the file
   * @param message why, as a full sentence
   */
  public record Problem(Path file, String message) {}
}
