package dev.ectx.hal.trace;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads back a one-bit-signal VCD file, such as {@link VcdWriter} produces, so tests can check
 * a trace's edges.
 *
 * <pre>{@code
 * VcdReader trace = VcdReader.read(new StringReader(text));
 * List<Long> rises = trace.risingEdges("led0");   // times in ps
 * }</pre>
 */
public final class VcdReader {
  /**
   * One value change.
   *
   * @param time the time in the file's timescale
   * @param value '0', '1', 'x' or 'z'
   */
  public record Change(long time, char value) {}

  private final Map<String, List<Change>> bySignal;

  private VcdReader(Map<String, List<Change>> bySignal) {
    this.bySignal = bySignal;
  }

  /**
   * Parses a VCD.
   *
   * @param in the text
   * @return the parsed changes
   * @throws IOException if reading fails or the file is malformed
   */
  public static VcdReader read(Reader in) throws IOException {
    Map<String, String> nameByCode = new HashMap<>();
    Map<String, List<Change>> bySignal = new LinkedHashMap<>();
    BufferedReader lines = new BufferedReader(in);
    long time = 0;
    String line;
    while ((line = lines.readLine()) != null) {
      line = line.trim();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("$var")) {
        String[] parts = line.split("\\s+");
        if (parts.length < 5) {
          throw new IOException("malformed $var line: " + line);
        }
        nameByCode.put(parts[3], parts[4]);
        bySignal.put(parts[4], new ArrayList<>());
      } else if (line.startsWith("#")) {
        time = Long.parseLong(line.substring(1));
      } else if (!line.startsWith("$")) {
        char value = line.charAt(0);
        String name = nameByCode.get(line.substring(1));
        if (name == null) {
          throw new IOException("value change for an undeclared code: " + line);
        }
        bySignal.get(name).add(new Change(time, value));
      }
    }
    return new VcdReader(bySignal);
  }

  /** The declared signal names, in declaration order. */
  public List<String> signals() {
    return new ArrayList<>(bySignal.keySet());
  }

  /**
   * Every value of {@code signal} in order, the initial value first.
   *
   * @param signal the name
   * @return the changes
   */
  public List<Change> changes(String signal) {
    List<Change> changes = bySignal.get(signal);
    if (changes == null) {
      throw new IllegalArgumentException("no signal " + signal + " in the trace");
    }
    return Collections.unmodifiableList(changes);
  }

  /**
   * The times at which {@code signal} went from 0 to 1.
   *
   * @param signal the name
   * @return the times
   */
  public List<Long> risingEdges(String signal) {
    return edges(signal, '0', '1');
  }

  /**
   * The times at which {@code signal} went from 1 to 0.
   *
   * @param signal the name
   * @return the times
   */
  public List<Long> fallingEdges(String signal) {
    return edges(signal, '1', '0');
  }

  private List<Long> edges(String signal, char from, char to) {
    List<Long> times = new ArrayList<>();
    char previous = 'x';
    for (Change change : changes(signal)) {
      if (previous == from && change.value() == to) {
        times.add(change.time());
      }
      previous = change.value();
    }
    return times;
  }
}
