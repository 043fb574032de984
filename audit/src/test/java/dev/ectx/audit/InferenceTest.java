package dev.ectx.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InferenceTest {

  @Test
  void eachUnannotatedHelperGetsTheContextsThatReachIt() {
    List<Suggestion> suggestions = Fixtures.audit("context").suggestions();

    // blink is reached from irq and kernel; pinOf only from irq.
    assertEquals(List.of(
            new Suggestion("audit.context.Glue", "blink", List.of("audit.context.Led"), 8,
                List.of("irq", "kernel"), "AnyContext", ""),
            new Suggestion("audit.context.Glue", "pinOf", List.of("audit.context.Led"), 12,
                List.of("irq"), "ExecutionContext", "irq")),
        suggestions);
    assertEquals("@ExecutionContext(\"irq\")", suggestions.get(1).sourceText());
  }

  @Test
  void suggestionsFileRoundTrips(@TempDir Path dir) throws Exception {
    List<Suggestion> suggestions = Fixtures.audit("race/plain").suggestions();
    Path file = dir.resolve("suggest.json");

    SuggestionsFile.write(file, suggestions);

    assertEquals(suggestions, SuggestionsFile.read(file));
    assertTrue(java.nio.file.Files.readString(file).contains("\"format\" : \"ectx-suggestions\""));
  }

  @Test
  void aFileThatIsNotASuggestionsFileIsAnInputError(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("other.json");
    java.nio.file.Files.writeString(file, "{\"format\": \"sarif\"}");

    org.junit.jupiter.api.Assertions.assertThrows(AuditInputException.class,
        () -> SuggestionsFile.read(file));
  }
}
