package dev.ectx.audit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import sootup.core.inputlocation.AnalysisInputLocation;
import sootup.core.model.Body;
import sootup.core.model.SourceType;
import sootup.java.bytecode.frontend.inputlocation.PathBasedAnalysisInputLocation;
import sootup.java.core.JavaSootClass;
import sootup.java.core.JavaSootMethod;
import sootup.java.core.views.JavaView;

/**
 * Converts input method bodies to Jimple with SootUp, one at a time, and reduces each at once to
 * {@link BodyFacts}, so no Jimple is kept. SootUp sees only the inputs: the JDK and the classpath
 * are never given to it.
 */
final class BodyLoader {
  private final JavaView view;
  private final BodySummarizer summarizer;
  private final Map<String, Map<MethodKey, JavaSootMethod>> classes = new HashMap<>();

  /**
   * @param inputs the input jars and folders
   * @param isLocalClass whether a class name is an anonymous or local input class
   */
  BodyLoader(List<Path> inputs, Predicate<String> isLocalClass) {
    List<AnalysisInputLocation> locations = new ArrayList<>();
    for (Path input : inputs) {
      locations.add(PathBasedAnalysisInputLocation.create(input, SourceType.Application));
    }
    this.view = new JavaView(locations);
    this.summarizer = new BodySummarizer(isLocalClass);
  }

  BodyFacts load(MethodKey m) {
    JavaSootMethod method = methodsOf(m.owner()).get(m);
    if (method == null || !method.isConcrete()) {
      throw new AuditInputException(Messages.format("input.badBody", m.owner(), m.name(), "no body"));
    }
    try {
      // Resolved from the source each time, not through getBody(), which would cache the Jimple.
      Body body = method.getBodySource().resolveBody(method.getModifiers());
      return summarizer.summarize(m, body);
    } catch (RuntimeException | java.io.IOException e) {
      throw new AuditInputException(Messages.format("input.badBody", m.owner(), m.name(), e), e);
    }
  }

  private Map<MethodKey, JavaSootMethod> methodsOf(String className) {
    return classes.computeIfAbsent(className, name -> {
      Map<MethodKey, JavaSootMethod> methods = new HashMap<>();
      view.getClass(view.getIdentifierFactory().getClassType(name)).ifPresent(c -> {
        for (JavaSootMethod method : ((JavaSootClass) c).getMethods()) {
          methods.put(JimpleNames.key(method.getSignature()), method);
        }
      });
      return methods;
    });
  }
}
