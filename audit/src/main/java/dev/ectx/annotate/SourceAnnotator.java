package dev.ectx.annotate;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.MarkerAnnotationExpr;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithTypeParameters;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.TypeParameter;
import dev.ectx.audit.Suggestion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Applies suggestions to one parsed compilation unit (set up for lexical preservation): finds each
 * suggested method by its class's binary name, its name and its erased parameter types, and adds
 * the annotation and its import unless the method already carries a context annotation.
 */
final class SourceAnnotator {
  static final String PACKAGE = "dev.ectx.annotations";

  /** Annotations (by simple name) that already give a method its context. */
  private static final Set<String> CONTEXT_ANNOTATIONS = Set.of(
      "ExecutionContext", "AnyContext", "PolyContext",
      "UiThread", "MainThread", "WorkerThread", "AnyThread");

  private final CompilationUnit unit;
  private final String packagePrefix;
  private final Set<String> imports = new TreeSet<>();

  SourceAnnotator(CompilationUnit unit) {
    this.unit = unit;
    this.packagePrefix = unit.getPackageDeclaration()
        .map(p -> p.getNameAsString() + ".").orElse("");
  }

  /** The binary names of the classes this unit declares (nested ones with {@code $}). */
  List<String> classNames() {
    List<String> names = new ArrayList<>();
    for (TypeDeclaration<?> t : unit.getTypes()) {
      collect(t, packagePrefix + t.getNameAsString(), names);
    }
    return names;
  }

  private static void collect(TypeDeclaration<?> type, String binaryName, List<String> into) {
    into.add(binaryName);
    for (Node member : type.getMembers()) {
      if (member instanceof TypeDeclaration<?> nested) {
        collect(nested, binaryName + "$" + nested.getNameAsString(), into);
      }
    }
  }

  /**
   * Adds the suggestion's annotation if its method is in this unit and not yet annotated.
   *
   * @return whether the unit changed
   */
  boolean apply(Suggestion s) {
    Optional<CallableDeclaration<?>> target = find(s);
    if (target.isEmpty() || hasContextAnnotation(target.get())) {
      return false;
    }
    String name = importFor(s.annotation()) ? s.annotation() : PACKAGE + "." + s.annotation();
    AnnotationExpr annotation = s.annotation().equals(Suggestion.EXECUTION_CONTEXT)
        ? new SingleMemberAnnotationExpr(new Name(name), new StringLiteralExpr(s.context()))
        : new MarkerAnnotationExpr(new Name(name));
    target.get().addAnnotation(annotation);
    return true;
  }

  /** Whether {@code s}'s method is declared in this unit. */
  boolean declares(Suggestion s) {
    return find(s).isPresent();
  }

  private static boolean hasContextAnnotation(CallableDeclaration<?> method) {
    for (AnnotationExpr a : method.getAnnotations()) {
      String simple = a.getName().getIdentifier();
      if (CONTEXT_ANNOTATIONS.contains(simple)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Makes {@code annotation} importable by its simple name: adds the import if needed.
   *
   * @return false if another type of that simple name is imported (then write the full name)
   */
  private boolean importFor(String annotation) {
    String qualified = PACKAGE + "." + annotation;
    if (packagePrefix.equals(PACKAGE + ".")) {
      return true;
    }
    for (ImportDeclaration i : unit.getImports()) {
      if (i.isStatic()) {
        continue;
      }
      String n = i.getNameAsString();
      if ((i.isAsterisk() && n.equals(PACKAGE)) || n.equals(qualified)) {
        return true;
      }
      if (!i.isAsterisk() && n.endsWith("." + annotation)) {
        return false;
      }
    }
    imports.add(qualified);
    return true;
  }

  /**
   * Adds the needed imports to the printed unit as text: after the last import, else after the
   * package declaration (with a blank line), else at the top. Annotations are only ever added
   * below the imports, so the original line numbers still hold there.
   */
  String withImports(String printed) {
    if (imports.isEmpty()) {
      return printed;
    }
    StringBuilder block = new StringBuilder();
    imports.forEach(i -> block.append("import ").append(i).append(";\n"));
    int afterLine;
    if (unit.getImports().isNonEmpty()) {
      afterLine = unit.getImports().getLast().orElseThrow().getEnd().orElseThrow().line;
    } else if (unit.getPackageDeclaration().isPresent()) {
      afterLine = unit.getPackageDeclaration().get().getEnd().orElseThrow().line;
      block.insert(0, "\n");
    } else {
      afterLine = 0;
      block.append("\n");
    }
    int at = 0;
    for (int line = 0; line < afterLine; line++) {
      at = printed.indexOf('\n', at) + 1;
    }
    return printed.substring(0, at) + block + printed.substring(at);
  }

  private Optional<CallableDeclaration<?>> find(Suggestion s) {
    Optional<TypeDeclaration<?>> type = type(s.className());
    if (type.isEmpty()) {
      return Optional.empty();
    }
    List<CallableDeclaration<?>> candidates = new ArrayList<>();
    if (s.method().equals("<init>")) {
      candidates.addAll(type.get().getConstructors());
    } else {
      candidates.addAll(type.get().getMethodsByName(s.method()));
    }
    Set<String> typeVariables = new HashSet<>();
    for (Node n = type.get(); n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof NodeWithTypeParameters<?> generic) {
        generic.getTypeParameters().forEach(p -> typeVariables.add(p.getNameAsString()));
      }
    }
    boolean enumConstructor = s.method().equals("<init>") && type.get() instanceof EnumDeclaration;
    for (CallableDeclaration<?> c : candidates) {
      Set<String> variables = new HashSet<>(typeVariables);
      for (TypeParameter p : c.getTypeParameters()) {
        variables.add(p.getNameAsString());
      }
      if (parametersMatch(c.getParameters(), s.parameters(), variables, s.method().equals("<init>"),
          enumConstructor)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private Optional<TypeDeclaration<?>> type(String binaryName) {
    for (TypeDeclaration<?> t : unit.getTypes()) {
      Optional<TypeDeclaration<?>> found = type(t, packagePrefix + t.getNameAsString(), binaryName);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<TypeDeclaration<?>> type(
      TypeDeclaration<?> t, String name, String wanted) {
    if (name.equals(wanted)) {
      return Optional.of(t);
    }
    if (!wanted.startsWith(name + "$")) {
      return Optional.empty();
    }
    for (Node member : t.getMembers()) {
      if (member instanceof TypeDeclaration<?> nested) {
        Optional<TypeDeclaration<?>> found =
            type(nested, name + "$" + nested.getNameAsString(), wanted);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Compares source parameters with the erased bytecode ones by simple name. A constructor's
   * bytecode may carry leading synthetic parameters (the outer instance; an enum's name and
   * ordinal), so only its last ones are compared.
   */
  private static boolean parametersMatch(List<Parameter> source, List<String> erased,
      Set<String> typeVariables, boolean constructor, boolean enumConstructor) {
    int skip = erased.size() - source.size();
    if (skip < 0 || (skip > 0 && !constructor) || (enumConstructor && skip != 2 && skip != 0)) {
      return false;
    }
    for (int i = 0; i < source.size(); i++) {
      Parameter p = source.get(i);
      String expected = simple(erased.get(i + skip));
      String actual = simple(p.getType()) + (p.isVarArgs() ? "[]" : "");
      String base = actual.replace("[]", "");
      if (!actual.equals(expected) && !typeVariables.contains(base)) {
        return false;
      }
    }
    return true;
  }

  private static String simple(String binaryName) {
    String s = binaryName.substring(binaryName.lastIndexOf('.') + 1);
    return s.substring(s.lastIndexOf('$') + 1);
  }

  private static String simple(Type type) {
    if (type instanceof ArrayType array) {
      return simple(array.getComponentType()) + "[]";
    }
    if (type instanceof ClassOrInterfaceType c) {
      return c.getNameAsString();
    }
    if (type instanceof PrimitiveType p) {
      return p.getType().asString();
    }
    return type.asString();
  }
}
