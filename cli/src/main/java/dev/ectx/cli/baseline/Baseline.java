package dev.ectx.cli.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ectx.cli.AtomicFiles;
import dev.ectx.cli.InputException;
import dev.ectx.cli.Json;
import dev.ectx.cli.report.Finding;
import dev.ectx.cli.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Known findings that a run does not report again, for adopting ectx in a code base with
 * existing violations. An entry matches a finding by {@link FindingIdentity}, so entries survive
 * edits that only move code; each entry suppresses one finding (two identical findings need two
 * entries).
 */
public final class Baseline {
  /** The version of the baseline file format. */
  public static final int FORMAT_VERSION = 1;

  private static final ObjectMapper MAPPER = Json.mapper();

  private final List<FindingIdentity> entries;

  private Baseline(List<FindingIdentity> entries) {
    this.entries = List.copyOf(entries);
  }

  /** The baseline of every finding in {@code report}. */
  public static Baseline of(Report report) {
    return new Baseline(report.findings().stream().map(FindingIdentity::of).sorted().toList());
  }

  /**
   * Reads a baseline file.
   *
   * @throws InputException when it is missing or is not a baseline
   */
  public static Baseline read(Path file) {
    try {
      BaselineFile parsed = MAPPER.readValue(Files.readString(file), BaselineFile.class);
      if (parsed == null || parsed.entries() == null) {
        throw new InputException("not an ectx baseline: " + file);
      }
      return new Baseline(parsed.entries());
    } catch (NoSuchFileException e) {
      throw new InputException("baseline not found: " + file);
    } catch (JacksonException e) {
      throw new InputException(
          "not an ectx baseline: " + file + " (" + e.getOriginalMessage() + ")");
    } catch (IOException e) {
      throw new InputException("cannot read baseline " + file + ": " + e.getMessage(), e);
    }
  }

  /** Writes this baseline to {@code file} (whole, through a temporary file). */
  public void write(Path file) {
    AtomicFiles.write(
        file,
        out -> {
          MAPPER.writeValue(out, new BaselineFile(FORMAT_VERSION, entries));
          out.write(System.lineSeparator());
        });
  }

  /** The entries, sorted by file, key, member and message. */
  public List<FindingIdentity> entries() {
    return entries;
  }

  /** {@code report} without the findings this baseline holds. */
  public Report filter(Report report) {
    Map<FindingIdentity, Integer> remaining = new HashMap<>();
    entries.forEach(e -> remaining.merge(e, 1, Integer::sum));
    List<Finding> kept = new ArrayList<>();
    int suppressed = 0;
    for (Finding finding : report.findings()) {
      FindingIdentity identity = FindingIdentity.of(finding);
      int left = remaining.getOrDefault(identity, 0);
      if (left > 0) {
        remaining.put(identity, left - 1);
        suppressed++;
      } else {
        kept.add(finding);
      }
    }
    return report.withFindings(kept, suppressed);
  }

  /** The file format: a version and the entries. */
  @JsonPropertyOrder({"version", "entries"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record BaselineFile(int version, List<FindingIdentity> entries) {}
}
