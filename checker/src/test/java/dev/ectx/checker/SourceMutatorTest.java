package dev.ectx.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ectx.checker.InMemoryJavac.SourceFile;
import dev.ectx.checker.SourceMutator.Mutation;
import dev.ectx.checker.SourceMutator.Operator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The mutation operators make the edits they promise, and the same seed makes the same mutants. */
class SourceMutatorTest {
  private static final String SOURCE = String.join("\n",
      "package p;",
      "@ExecutionContext(\"kernel\")",
      "final class Driver {",
      "  @Unique Object buffer;",
      "  void tick(Runnable r) {",
      "    r.run();",
      "    use(buffer);",
      "  }",
      "}");

  @Test
  void eachOperatorMakesItsEdit() {
    String swapped = mutated(Operator.SWAP_ANNOTATIONS);
    assertEquals("@Unique", swapped.split("\n")[1]);
    assertTrue(swapped.contains("  @ExecutionContext(\"kernel\") Object buffer;"), swapped);
    String renamed = mutated(Operator.RENAME_CONTEXT);
    assertTrue(renamed.startsWith("package p;\n@ExecutionContext(\"") && !renamed.contains("\"kernel\""),
        renamed);
    String wrapped = mutated(Operator.WRAP_IN_LAMBDA);
    assertTrue(wrapped.contains("() -> r.run()") || wrapped.contains("() -> buffer)")
        || wrapped.contains("() -> use(buffer)"), wrapped);
    for (Operator operator : List.of(Operator.DELETE_TOKEN, Operator.DROP_MODIFIER)) {
      String mutant = mutated(operator);
      assertNotEquals(SOURCE, mutant);
      assertTrue(mutant.startsWith("package p;"), "the package declaration is never touched");
    }
  }

  @Test
  void theSameSeedGivesTheSameMutants() {
    Map<String, List<SourceFile>> family = Map.of("f", List.of(new SourceFile("f/Driver.java", SOURCE)));
    List<Mutant> first = new MutantFactory(family, Set.of("f/Driver.java")).create(50, 7);
    assertEquals(first, new MutantFactory(family, Set.of("f/Driver.java")).create(50, 7));
    assertNotEquals(first, new MutantFactory(family, Set.of("f/Driver.java")).create(50, 8));
    assertEquals("mutants/m3/p/Driver.java", first.get(3).mutated().path());
    assertTrue(first.get(3).mutated().text().startsWith("package mutants.m3.p;"));
  }

  private static String mutated(Operator operator) {
    Mutation mutation = new SourceMutator(SOURCE).mutate(operator, new Random(1)).orElseThrow();
    assertEquals(operator, mutation.operator());
    return mutation.source();
  }
}
