package dev.ectx.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContextRuleTest {

  @Test
  void kernelMethodReachedFromIrqThroughGlueIsReported() {
    AuditResult result = Fixtures.audit("context");
    List<Finding> found = Fixtures.withKey(result, "audit.context");

    assertEquals(1, found.size(), found.toString());
    Finding f = found.get(0);
    assertTrue(f.message().startsWith("Led.toggle() runs in context kernel but is reached from code of context irq"),
        f.message());
    assertEquals("audit/context/Glue.java", f.location().sourceFile());
    List<WitnessStep> steps = f.witnesses().get(0).steps();
    assertEquals(List.of("ButtonIrq", "ButtonIrq", "Glue"),
        steps.stream().map(s -> MethodKey.simpleName(s.location().className())).toList());
    assertTrue(steps.get(2).note().contains("runs in context kernel"));
    ContextPicture.Edge edge = result.picture().edges().get(0);
    assertEquals(new ContextPicture.Node("audit.context.Glue", "blink(Led)", "any"), edge.from());
    assertEquals(new ContextPicture.Node("audit.context.Led", "toggle()", "kernel"), edge.to());
    assertTrue(result.picture().nodes().contains(
        new ContextPicture.Node("audit.context.ButtonIrq", "handleInterrupt()", "irq")));
  }

  @Test
  void sameContextAndAnyContextCalleesAreNotReported() {
    AuditResult result = Fixtures.audit("context");

    assertTrue(Fixtures.withKey(result, "audit.context").stream()
        .noneMatch(f -> f.message().contains("Led.pin") || f.witnesses().get(0).context().equals("kernel")));
  }

  @Test
  void dispatchToOneOfSeveralBoundImplementationsIsNotReportedButToTheOnlyOneIs() {
    List<Finding> found = Fixtures.withKey(Fixtures.audit("context-dispatch"), "audit.context");

    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).message().startsWith(
        "Implementations$KernelProbe.sample() runs in context kernel but is reached from code of context irq"),
        found.get(0).message());
  }

  @Test
  void androidAliasesGiveUiAndWorkerContextsAndJcipThreadSafeIsShared() {
    AuditResult result = Fixtures.audit("aliases");

    List<Finding> context = Fixtures.withKey(result, "audit.context");
    assertEquals(1, context.size(), context.toString());
    assertTrue(context.get(0).message().startsWith(
        "Store.load() runs in context worker but is reached from code of context ui"));
    List<Finding> races = Fixtures.withKey(result, "audit.race");
    assertEquals(1, races.size(), races.toString());
    assertTrue(races.get(0).message().startsWith("Field PlainStats.frames"), races.get(0).message());
  }

  @Test
  void commandLineEntryPointAddsAContext() {
    AuditConfig config = new AuditConfig(List.of(Fixtures.classes("context")),
        List.of(Fixtures.annotations()),
        List.of(EntrySpec.parse("audit.context.Glue#pinOf(Led)=process")));
    AuditResult result = new Auditor().audit(config);

    Optional<Suggestion> none = result.suggestions().stream()
        .filter(s -> s.method().equals("pinOf")).findFirst();
    assertTrue(none.isEmpty(), "an entry point is annotated by its --entry, not by a suggestion");
    assertTrue(result.picture().nodes().contains(
        new ContextPicture.Node("audit.context.Glue", "pinOf(Led)", "process")));
  }
}
