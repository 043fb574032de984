package dev.ectx.cli.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** The part of SARIF 2.1.0 that ectx writes, as records for Jackson. */
final class SarifModel {
  private SarifModel() {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Log(@JsonProperty("$schema") String schema, String version, List<Run> runs) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Run(Tool tool, List<Result> results, Map<String, Object> properties) {}

  record Tool(Driver driver) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Driver(String name, String version, List<Rule> rules) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Rule(
      String id,
      Message shortDescription,
      Message fullDescription,
      MultiformatMessage help,
      Configuration defaultConfiguration) {}

  record Configuration(String level) {}

  record Message(String text) {}

  record MultiformatMessage(String text, String markdown) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Result(
      String ruleId,
      int ruleIndex,
      String level,
      Message message,
      List<ResultLocation> locations,
      Map<String, String> partialFingerprints,
      List<CodeFlow> codeFlows) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record ResultLocation(
      PhysicalLocation physicalLocation, List<LogicalLocation> logicalLocations, Message message) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {}

  record ArtifactLocation(String uri) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Region(Integer startLine, Integer startColumn, Message snippet) {}

  record LogicalLocation(String fullyQualifiedName) {}

  record CodeFlow(List<ThreadFlow> threadFlows) {}

  record ThreadFlow(List<ThreadFlowLocation> locations) {}

  record ThreadFlowLocation(ResultLocation location) {}
}
