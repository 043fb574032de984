package dev.ectx.cli.command;

import dev.ectx.cli.InputException;
import dev.ectx.cli.Version;
import dev.ectx.cli.check.BundledSample;
import dev.ectx.cli.check.CheckResult;
import dev.ectx.cli.check.CheckerRun;
import dev.ectx.cli.check.MavenCommandResolver;
import dev.ectx.cli.check.MavenProject;
import dev.ectx.cli.check.SourceCollector;
import dev.ectx.cli.check.SourceSet;
import dev.ectx.cli.check.SystemCompiler;
import dev.ectx.cli.report.Report;
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

/** {@code ectx check [PATH...]}: runs javac with the checker over sources. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Check Java sources under the ectx checker (javac runs in this process).",
      "PATH is a .java file (checked with its folder's package-info.java), a folder of sources,"
          + " or a Maven project folder (its src/main/java, with the dependency class path from"
          + " 'mvn dependency:build-classpath'). Without PATH the bundled sample kernel is checked."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ectx check",
      "  ectx check Driver.java --contexts kernel,irq",
      "  ectx check src/main/java --classpath lib/a.jar:lib/b.jar -Aectx.allocationFree=irq",
      "  ectx check path/to/maven-project --format html -o ectx.html",
      "  ectx check . --baseline ectx-baseline.json --update-baseline"
    })
public final class CheckCommand extends BaseCommand {
  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders to check.")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = {"-cp", "--classpath", "--class-path"},
      paramLabel = "PATHS",
      description = "Class path of the checked code, entries separated by '${sys:path.separator}'.")
  String classpath;

  @Option(
      names = "--contexts",
      paramLabel = "NAMES",
      description = "Declare context names, comma-separated (same as -Aectx.contexts=NAMES).")
  String contexts;

  @Option(
      names = "-A",
      paramLabel = "KEY[=VALUE]",
      description = "Pass an option to the checker, as javac's -A does (repeatable).")
  List<String> checkerOptions = new ArrayList<>();

  @Mixin ReportOptions reportOptions;

  @Override
  protected int execute() {
    ReportPublisher publisher =
        new ReportPublisher(reportOptions, verbosity(), terminal(), rulePages());
    publisher.validate();
    SystemCompiler.require();
    Map<String, String> options = checkerOptions();
    CheckResult result;
    if (paths.isEmpty()) {
      try (BundledSample sample = BundledSample.extract()) {
        List<Path> modules = sample.modules();
        note(
            "checking the bundled sample kernel ("
                + String.join(", ", modules.stream().map(m -> m.getFileName().toString()).toList())
                + ")");
        SourceSet sources = new SourceCollector(project -> List.of()).collect(modules, sample.root());
        result = run(sources, options);
      }
    } else {
      SourceSet found = new SourceCollector(resolver()).collect(paths, Path.of(""));
      List<Path> entries = new ArrayList<>(found.classpath());
      entries.addAll(userClasspath());
      result = run(new SourceSet(found.sources(), entries, found.options(), found.displayRoot()), options);
    }
    Report report =
        new Report("check", Version.get(), result.findings(), 0, result.contextMap());
    return publisher.publish(report, out(), err());
  }

  private CheckResult run(SourceSet sources, Map<String, String> options) {
    ProgressLine progress = new ProgressLine(err(), terminal().interactive() && !verbosity().quiet());
    try {
      return new CheckerRun(progress).check(sources, options);
    } finally {
      progress.finish();
    }
  }

  private MavenProject.Resolver resolver() {
    MavenCommandResolver maven = new MavenCommandResolver();
    return project -> {
      note("resolving the dependencies of " + project.folder() + " with mvn");
      return maven.dependencyClasspath(project);
    };
  }

  private List<Path> userClasspath() {
    List<Path> entries = new ArrayList<>();
    if (classpath != null) {
      for (String entry : classpath.split(File.pathSeparator)) {
        if (!entry.isBlank()) {
          entries.add(Path.of(entry));
        }
      }
    }
    return entries;
  }

  private Map<String, String> checkerOptions() {
    Map<String, String> options = new LinkedHashMap<>();
    for (String option : checkerOptions) {
      String name = option.contains("=") ? option.substring(0, option.indexOf('=')) : option;
      if (name.isBlank()) {
        throw new InputException("-A needs KEY[=VALUE], got '" + option + "'");
      }
      options.put(name, option.contains("=") ? option.substring(option.indexOf('=') + 1) : "");
    }
    if (contexts != null) {
      options.put("ectx.contexts", contexts);
    }
    return options;
  }
}
