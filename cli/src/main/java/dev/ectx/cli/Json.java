package dev.ectx.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The one Jackson configuration of the command's JSON files (reports, SARIF, baselines). */
public final class Json {
  private Json() {}

  /**
   * A mapper that indents, leaves the caller's writer open, and ignores unknown fields when
   * reading (newer files stay readable).
   */
  public static ObjectMapper mapper() {
    return new ObjectMapper(JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build())
        .enable(SerializationFeature.INDENT_OUTPUT)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }
}
