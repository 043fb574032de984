package dev.ectx.audit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import sootup.core.inputlocation.AnalysisInputLocation;
import sootup.core.model.Body;
import sootup.core.model.SourceType;
import sootup.java.bytecode.frontend.inputlocation.PathBasedAnalysisInputLocation;
import sootup.java.core.JavaSootClass;
import sootup.java.core.JavaSootMethod;
import sootup.java.core.views.JavaView;

/**
 * Loads the program: every input class header with ASM (which also validates each class file,
 * so a corrupt one is reported before anything else runs), then every input method body with
 * SootUp, reduced at once to {@link BodyFacts} so that no Jimple is kept. The JDK and the
 * classpath are never given to SootUp: their classes are read lazily, as signatures only.
 */
final class ProgramLoader {
  private ProgramLoader() {}

  /** Loads {@code config}'s inputs; the returned index keeps the classpath open until closed. */
  static Program load(AuditConfig config, ClassSource classpath) {
    Map<String, ClassHeader> headers = new HashMap<>();
    try (ClassSource inputs = new ClassSource(config.inputs())) {
      for (String name : inputs.classNames()) {
        headers.put(name, inputs.header(name, ClassHeader.Origin.INPUT));
      }
    }
    ClassIndex index = new ClassIndex(headers, classpath, new JdkClasses());
    BodySummarizer summarizer =
        new BodySummarizer(name -> headers.containsKey(name) && headers.get(name).local());
    Map<MethodKey, BodyFacts> bodies = new HashMap<>();
    JavaView view = new JavaView(locations(config.inputs()));
    for (ClassHeader header : headers.values()) {
      Optional<JavaSootClass> sootClass =
          view.getClass(view.getIdentifierFactory().getClassType(header.name()));
      if (sootClass.isEmpty()) {
        continue;
      }
      for (JavaSootMethod method : sootClass.get().getMethods()) {
        if (!method.isConcrete()) {
          continue;
        }
        MethodKey key = JimpleNames.key(method.getSignature());
        bodies.put(key, summarizer.summarize(key, body(method, header)));
      }
    }
    return new Program(index, bodies);
  }

  private static Body body(JavaSootMethod method, ClassHeader owner) {
    try {
      // Resolved from the source each time, not through getBody(), which would cache the Jimple.
      return method.getBodySource().resolveBody(method.getModifiers());
    } catch (Exception e) {
      throw new AuditInputException(
          Messages.format("input.badBody", owner.name(), method.getName(), e), e);
    }
  }

  private static List<AnalysisInputLocation> locations(List<Path> inputs) {
    List<AnalysisInputLocation> locations = new ArrayList<>();
    for (Path input : inputs) {
      locations.add(PathBasedAnalysisInputLocation.create(input, SourceType.Application));
    }
    return locations;
  }
}
