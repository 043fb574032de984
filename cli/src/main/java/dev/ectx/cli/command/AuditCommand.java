package dev.ectx.cli.command;

import dev.ectx.audit.AuditConfig;
import dev.ectx.audit.AuditInputException;
import dev.ectx.audit.AuditResult;
import dev.ectx.audit.Auditor;
import dev.ectx.audit.ContextPicture;
import dev.ectx.audit.EntrySpec;
import dev.ectx.audit.SuggestionsFile;
import dev.ectx.audit.WitnessPath;
import dev.ectx.cli.AtomicFiles;
import dev.ectx.cli.InputException;
import dev.ectx.cli.Version;
import dev.ectx.cli.report.ContextMap;
import dev.ectx.cli.report.Finding;
import dev.ectx.cli.report.Location;
import dev.ectx.cli.report.Report;
import dev.ectx.cli.report.Severity;
import dev.ectx.cli.report.WitnessStep;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ectx audit JAR|DIR...}: the whole-program bytecode audit. Maps the audit's findings (with
 * their witness paths, which become SARIF code flows) and its context picture to the report.
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = {
      "Audit compiled code (jars or class folders) as a whole program, no sources needed:"
          + " contexts that reach code of another context through unannotated code (audit.context),"
          + " fields two contexts touch (audit.race), synchronous callbacks (audit.reentrant), and"
          + " the count of @Trusted code (audit.trusted). Each finding comes with its witness path.",
      "Classes are read, never loaded or run."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ectx audit target/classes",
      "  ectx audit driver.jar --classpath lib/hal.jar --entry com.acme.Uart#onIrq=irq",
      "  ectx audit app.jar --suggest suggestions.json   then: ectx annotate src --from suggestions.json",
      "  ectx audit app.jar --format sarif -o audit.sarif"
    })
public final class AuditCommand extends BaseCommand {
  @Parameters(paramLabel = "JAR|DIR", arity = "1..*", description = "Jars or class folders to audit.")
  List<Path> inputs = new ArrayList<>();

  @Option(
      names = {"-cp", "--classpath", "--class-path"},
      paramLabel = "PATHS",
      description = "Libraries the audited code uses, read as signatures and annotations only,"
          + " entries separated by '${sys:path.separator}'.")
  String classpath;

  @Option(
      names = "--entry",
      paramLabel = "CLASS#METHOD=CONTEXT",
      description = "An extra entry point: the method runs in CONTEXT (repeatable;"
          + " CLASS#METHOD(Type,...)=CONTEXT picks one overload).")
  List<String> entries = new ArrayList<>();

  @Option(
      names = "--suggest",
      paramLabel = "FILE",
      description = "Write the annotations inferred for unannotated methods to FILE (JSON),"
          + " for 'ectx annotate --from FILE'.")
  Path suggest;

  @Mixin ReportOptions reportOptions;

  @Override
  protected int execute() {
    ReportPublisher publisher =
        new ReportPublisher(reportOptions, verbosity(), terminal(), rulePages());
    publisher.validate();
    AuditResult result;
    try {
      result = new Auditor().audit(new AuditConfig(inputs, classpathEntries(), entrySpecs()));
    } catch (AuditInputException e) {
      throw new InputException(e.getMessage(), e);
    }
    note("audited " + result.classCount() + " classes, " + result.methodCount() + " method bodies");
    if (suggest != null) {
      String json = SuggestionsFile.toJson(result.suggestions());
      AtomicFiles.write(suggest, w -> w.write(json));
      note("wrote " + result.suggestions().size() + " suggested annotations to " + suggest);
    }
    List<Finding> findings = result.findings().stream().map(AuditCommand::finding).toList();
    Report report = new Report("audit", Version.get(), findings, 0, contextMap(result.picture()));
    return publisher.publish(report, out(), err());
  }

  private List<EntrySpec> entrySpecs() {
    List<EntrySpec> specs = new ArrayList<>();
    for (String entry : entries) {
      try {
        specs.add(EntrySpec.parse(entry));
      } catch (IllegalArgumentException e) {
        throw new InputException(e.getMessage());
      }
    }
    return specs;
  }

  private List<Path> classpathEntries() {
    List<Path> paths = new ArrayList<>();
    if (classpath != null) {
      for (String entry : classpath.split(File.pathSeparator)) {
        if (!entry.isBlank()) {
          paths.add(Path.of(entry));
        }
      }
    }
    return paths;
  }

  /** A race has two witness paths; they are shown one after the other, each step tagged. */
  private static Finding finding(dev.ectx.audit.Finding f) {
    List<WitnessStep> witness = new ArrayList<>();
    boolean tag = f.witnesses().size() > 1;
    for (WitnessPath path : f.witnesses()) {
      for (dev.ectx.audit.WitnessStep step : path.steps()) {
        String note = tag ? "[" + path.context() + "] " + step.note() : step.note();
        witness.add(new WitnessStep(location(step.location()), member(step.location()), note));
      }
    }
    Severity severity = f.severity() == dev.ectx.audit.Severity.NOTE ? Severity.NOTE : Severity.ERROR;
    return new Finding(f.key(), severity, f.message(), location(f.location()),
        member(f.location()), witness);
  }

  private static Location location(dev.ectx.audit.Location l) {
    return Location.of(l.sourceFile(), l.line(), 0);
  }

  private static String member(dev.ectx.audit.Location l) {
    return l.member().isEmpty() ? l.className() : l.className() + "#" + l.member();
  }

  private static ContextMap contextMap(ContextPicture picture) {
    Map<String, ContextMap.Node> nodes = new LinkedHashMap<>();
    for (ContextPicture.Node n : picture.nodes()) {
      nodes.putIfAbsent(n.className(), new ContextMap.Node(n.className(), ContextMap.Kind.CLASS,
          n.className().substring(n.className().lastIndexOf('.') + 1), null, null));
      String id = n.className() + "#" + n.member();
      nodes.putIfAbsent(id, new ContextMap.Node(id, ContextMap.Kind.MEMBER, n.member(),
          n.className(), n.context()));
    }
    List<ContextMap.Edge> edges = picture.edges().stream()
        .map(e -> new ContextMap.Edge(e.from().className() + "#" + e.from().member(),
            e.to().className() + "#" + e.to().member(), true, e.key()))
        .toList();
    return new ContextMap(new ArrayList<>(nodes.values()), edges);
  }
}
