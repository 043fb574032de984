package dev.ectx.checker;

import dev.ectx.checker.InMemoryJavac.SourceFile;
import dev.ectx.checker.SourceMutator.Mutation;
import dev.ectx.checker.SourceMutator.Operator;
import dev.ectx.checker.SourceTokens.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Derives seeded mutants from the test inputs: the same seed and the same inputs give the same
 * mutants. Files take turns (every input gets mutants); each mutant's operator is drawn at
 * random, falling back to the next operator when the file has no site for it.
 */
final class MutantFactory {
  private final List<SourceFile> inputs = new ArrayList<>();
  private final Map<SourceFile, List<SourceFile>> familyOf = new HashMap<>();
  private final Set<String> standalone;

  /**
   * Prepares the factory.
   *
   * @param families the test input families
   * @param standalone paths of the inputs that compile without their siblings; the others'
   *     mutants carry copies of their siblings (the family's files of the same package)
   */
  MutantFactory(Map<String, List<SourceFile>> families, Set<String> standalone) {
    this.standalone = standalone;
    for (List<SourceFile> family : families.values()) {
      inputs.addAll(family);
      family.forEach(file -> familyOf.put(file, family));
    }
  }

  /**
   * Makes mutants.
   *
   * @param count how many
   * @param seed the seed of every random choice
   * @return the mutants, numbered from 0
   */
  List<Mutant> create(int count, long seed) {
    Random random = new Random(seed);
    Operator[] operators = Operator.values();
    List<Mutant> mutants = new ArrayList<>();
    for (int number = 0; mutants.size() < count && number < count * 2; number++) {
      SourceFile input = inputs.get(number % inputs.size());
      SourceMutator mutator = new SourceMutator(input.text());
      int first = random.nextInt(operators.length);
      Optional<Mutation> mutation = Optional.empty();
      for (int i = 0; i < operators.length && mutation.isEmpty(); i++) {
        mutation = mutator.mutate(operators[(first + i) % operators.length], random);
      }
      if (mutation.isPresent()) {
        mutants.add(mutant(mutants.size(), input, mutation.get()));
      }
    }
    return mutants;
  }

  private Mutant mutant(int number, SourceFile input, Mutation mutation) {
    String pkg = "mutants.m" + number;
    List<SourceFile> files = new ArrayList<>();
    files.add(inPackage(pkg, input.path(), mutation.source()));
    if (!standalone.contains(input.path())) {
      String inputPackage = SourceTokens.packageName(input.text());
      for (SourceFile sibling : familyOf.get(input)) {
        if (!sibling.equals(input) && SourceTokens.packageName(sibling.text()).equals(inputPackage)) {
          files.add(inPackage(pkg, sibling.path(), sibling.text()));
        }
      }
    }
    return new Mutant(number, input.path(), mutation.operator(), mutation.description(), files);
  }

  /**
   * Moves a source into the given package: a declared package {@code p} becomes {@code pkg.p},
   * a file of the unnamed package gets {@code package pkg;} on its first line (so line numbers
   * stay those of the input).
   *
   * @param pkg the package prefix
   * @param path the input's path
   * @param text its text
   * @return the moved file, under {@code pkg}'s folder
   */
  static SourceFile inPackage(String pkg, String path, String text) {
    String declared = SourceTokens.packageName(text);
    String target = declared.isEmpty() ? pkg : pkg + "." + declared;
    String movedPath = target.replace('.', '/') + "/" + path.substring(path.lastIndexOf('/') + 1);
    if (declared.isEmpty()) {
      return new SourceFile(movedPath, "package " + pkg + "; " + text);
    }
    for (Token token : SourceTokens.of(text)) {
      if (token.is("package")) {
        return new SourceFile(movedPath,
            text.substring(0, token.end()) + " " + pkg + "." + text.substring(token.end()).stripLeading());
      }
    }
    throw new IllegalStateException("no package declaration in " + path);
  }
}
