package dev.ectx.cli.check;

import dev.ectx.checker.Context;
import dev.ectx.checker.EctxAnnotations;
import javax.lang.model.element.Element;

/**
 * The context of an element as the context map shows it: a context name, {@link #ANY} or {@link
 * #POLY}. The annotations (and their ecosystem aliases) are read by the checker's {@link
 * EctxAnnotations}, so the map and the rules cannot disagree on what an annotation means.
 */
final class ContextAnnotations {
  /** The context of code that every context may call. */
  static final String ANY = "any";

  /** The pseudo-context of a {@code @PolyContext} method. */
  static final String POLY = "poly";

  private ContextAnnotations() {}

  /** The context {@code element} itself declares, or null. */
  static String declared(Element element) {
    Context context = EctxAnnotations.contextOf(element.getAnnotationMirrors());
    if (context == null) {
      return null;
    }
    return context.isAny() ? ANY : context.isPoly() ? POLY : context.name();
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
