package dev.ectx.checker;

import dev.ectx.checker.InMemoryJavac.SourceFile;
import java.util.List;

/**
 * One mutant: a mutated test input moved into a package of its own, so that many mutants
 * compile together in one javac run, plus unmutated copies of the sibling files it needs.
 *
 * @param number its number in this run (its package is {@code mutants.m<number>})
 * @param origin the test input it comes from
 * @param operator the kind of edit
 * @param description the edit that made it
 * @param files the mutated file first, then the siblings
 */
record Mutant(
    int number, String origin, SourceMutator.Operator operator, String description,
    List<SourceFile> files) {

  /** The mutated file. */
  SourceFile mutated() {
    return files.get(0);
  }

  /** A report for a failure message: what was done to which file, and the resulting source. */
  String report() {
    return "mutant " + number + " of " + origin + " (" + description + "), "
        + (files.size() - 1) + " unmutated sibling file(s)\n--- " + mutated().path() + " ---\n"
        + mutated().text();
  }
}
