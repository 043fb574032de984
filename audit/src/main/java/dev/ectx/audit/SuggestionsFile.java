package dev.ectx.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The JSON file {@code ectx audit --suggest FILE} writes and {@code ectx annotate --from FILE}
 * reads:
 *
 * <pre>{@code
 * {"format": "ectx-suggestions", "version": 1,
 *  "suggestions": [{"className": "dev.x.Uart", "method": "bump", "parameters": ["int"],
 *                   "line": 12, "contexts": ["irq"], "annotation": "ExecutionContext",
 *                   "context": "irq"}]}
 * }</pre>
 */
public final class SuggestionsFile {
  /** The value of {@code format}, which identifies the file. */
  public static final String FORMAT = "ectx-suggestions";

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** The file's content. */
  public record Content(String format, int version, List<Suggestion> suggestions) {}

  private SuggestionsFile() {}

  /** Writes {@code suggestions} to {@code file} (replacing it). */
  public static void write(Path file, List<Suggestion> suggestions) throws IOException {
    Files.writeString(file, toJson(suggestions));
  }

  /** The JSON text of {@code suggestions}. */
  public static String toJson(List<Suggestion> suggestions) {
    try {
      return JSON.writeValueAsString(new Content(FORMAT, 1, suggestions)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Reads the suggestions in {@code file}.
   *
   * @throws AuditInputException if the file is missing or is not a suggestions file
   */
  public static List<Suggestion> read(Path file) {
    try {
      Content content = JSON.readValue(file.toFile(), Content.class);
      if (!FORMAT.equals(content.format()) || content.suggestions() == null) {
        throw new AuditInputException(Messages.format("suggestions.notSuggestions", file));
      }
      return content.suggestions();
    } catch (IOException e) {
      throw new AuditInputException(
          Messages.format("suggestions.unreadable", file, e.getMessage()), e);
    }
  }
}
