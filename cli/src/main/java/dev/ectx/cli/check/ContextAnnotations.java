package dev.ectx.cli.check;

import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Reads the context an element declares, by annotation name (so the ecosystem aliases need no
 * dependency): {@code @ExecutionContext("x")}, {@code @AnyContext}, {@code @PolyContext}, and
 * Android's {@code @UiThread}/{@code @MainThread} ({@code ui}), {@code @WorkerThread} ({@code
 * worker}) and {@code @AnyThread} (any). This is for drawing the context map only; the rules
 * themselves are the checker's.
 */
final class ContextAnnotations {
  /** The context of code that every context may call. */
  static final String ANY = "any";

  /** The pseudo-context of a {@code @PolyContext} method. */
  static final String POLY = "poly";

  private static final Map<String, String> FIXED =
      Map.of(
          "AnyContext", ANY,
          "PolyContext", POLY,
          "UiThread", "ui",
          "MainThread", "ui",
          "WorkerThread", "worker",
          "AnyThread", ANY);

  private ContextAnnotations() {}

  /** The context {@code element} itself declares, or null. */
  static String declared(Element element) {
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) annotation.getAnnotationType().asElement();
      String simple = type.getSimpleName().toString();
      if (simple.equals("ExecutionContext")) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> value :
            annotation.getElementValues().entrySet()) {
          if (value.getKey().getSimpleName().contentEquals("value")) {
            return String.valueOf(value.getValue().getValue());
          }
        }
      } else if (FIXED.containsKey(simple)) {
        return FIXED.get(simple);
      }
    }
    return null;
  }

  /**
   * The context code of a member runs in: its own annotation, else its class's (outwards through
   * enclosing classes), else {@link #ANY}.
   */
  static String effective(Element member) {
    for (Element e = member; e != null; e = e.getEnclosingElement()) {
      String context = declared(e);
      if (context != null) {
        return context;
      }
      if (e instanceof javax.lang.model.element.PackageElement) {
        break;
      }
    }
    return ANY;
  }

  /** Whether code of {@code from} calling into {@code to} crosses a context boundary. */
  static boolean crosses(String from, String to) {
    return !from.equals(to) && !ANY.equals(to) && !POLY.equals(to) && !ANY.equals(from) && !POLY.equals(from);
  }
}
