package dev.ectx.cli.check;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.ectx.cli.report.ContextMap;
import dev.ectx.cli.report.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.tools.Diagnostic;

/**
 * Draws the context map of checked sources from their attributed trees: every class and member
 * that carries a context (its own or its class's), and every call, construction or field access
 * whose caller and target live in different named contexts. An edge is offending when a finding
 * of the caller's member is reported on the line where the edge's expression starts. Lambda
 * bodies count as part of their enclosing member.
 */
final class ContextMapBuilder {
  private final Trees trees;
  private final Map<String, ContextMap.Node> nodes = new LinkedHashMap<>();
  private final Map<String, ContextMap.Edge> edges = new LinkedHashMap<>();
  private final Map<String, String> offendingKeys = new LinkedHashMap<>();

  ContextMapBuilder(Trees trees, List<Finding> findings) {
    this.trees = trees;
    for (Finding finding : findings) {
      if (finding.member() != null) {
        offendingKeys.putIfAbsent(
            finding.location().file() + ":" + finding.location().line() + ":" + finding.member(),
            finding.key());
      }
    }
  }

  /** Adds the classes, members and edges of {@code unit}, shown as file {@code file}. */
  void add(CompilationUnitTree unit, String file) {
    new Scanner(unit, file).scan(unit, null);
  }

  ContextMap build() {
    Set<String> wanted = new LinkedHashSet<>();
    for (ContextMap.Edge edge : edges.values()) {
      wanted.add(edge.from());
      wanted.add(edge.to());
    }
    List<ContextMap.Node> kept = new ArrayList<>();
    for (ContextMap.Node node : nodes.values()) {
      if (!ContextAnnotations.ANY.equals(node.context()) || wanted.contains(node.id())) {
        kept.add(node);
      }
    }
    Set<String> ids = new LinkedHashSet<>();
    kept.forEach(n -> ids.add(n.id()));
    List<ContextMap.Edge> keptEdges =
        edges.values().stream().filter(e -> ids.contains(e.from()) && ids.contains(e.to())).toList();
    return new ContextMap(kept, keptEdges);
  }

  private void addNode(Element element) {
    String id = MemberNames.of(element);
    if (nodes.containsKey(id)) {
      return;
    }
    if (element instanceof TypeElement type) {
      nodes.put(
          id,
          new ContextMap.Node(
              id, ContextMap.Kind.CLASS, type.getSimpleName().toString(), null, ContextAnnotations.effective(type)));
      return;
    }
    TypeElement owner = (TypeElement) element.getEnclosingElement();
    addNode(owner);
    String label = id.substring(id.indexOf('#') + 1);
    nodes.put(
        id,
        new ContextMap.Node(
            id, ContextMap.Kind.MEMBER, label, MemberNames.of(owner), ContextAnnotations.effective(element)));
  }

  private static boolean isNamed(Element owner) {
    return owner instanceof TypeElement type && type.getQualifiedName().length() > 0;
  }

  private final class Scanner extends TreePathScanner<Void, Void> {
    private final CompilationUnitTree unit;
    private final String file;
    private ExecutableElement current;

    Scanner(CompilationUnitTree unit, String file) {
      this.unit = unit;
      this.file = file;
    }

    @Override
    public Void visitClass(ClassTree tree, Void unused) {
      Element element = trees.getElement(getCurrentPath());
      if (element instanceof TypeElement type && tree.getSimpleName().length() > 0 && current == null) {
        addNode(type);
      }
      return super.visitClass(tree, unused);
    }

    @Override
    public Void visitMethod(MethodTree tree, Void unused) {
      ExecutableElement outer = current;
      Element element = trees.getElement(getCurrentPath());
      boolean generated = trees.getSourcePositions().getEndPosition(unit, tree) == Diagnostic.NOPOS;
      if (outer == null
          && !generated
          && element instanceof ExecutableElement method
          && isNamed(method.getEnclosingElement())) {
        current = method;
        if (ContextAnnotations.declared(method) != null
            || ContextAnnotations.declared(method.getEnclosingElement()) != null) {
          addNode(method);
        }
      }
      try {
        return super.visitMethod(tree, unused);
      } finally {
        current = outer;
      }
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
      edgeTo(tree, trees.getElement(getCurrentPath()));
      return super.visitMethodInvocation(tree, unused);
    }

    @Override
    public Void visitNewClass(NewClassTree tree, Void unused) {
      edgeTo(tree, trees.getElement(getCurrentPath()));
      return super.visitNewClass(tree, unused);
    }

    @Override
    public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
      fieldEdge(tree);
      return super.visitMemberSelect(tree, unused);
    }

    @Override
    public Void visitIdentifier(IdentifierTree tree, Void unused) {
      fieldEdge(tree);
      return super.visitIdentifier(tree, unused);
    }

    private void fieldEdge(ExpressionTree tree) {
      Element element = trees.getElement(getCurrentPath());
      if (element instanceof VariableElement field && field.getKind() == ElementKind.FIELD) {
        edgeTo(tree, field);
      }
    }

    private void edgeTo(Tree tree, Element target) {
      if (current == null || target == null || !isNamed(target.getEnclosingElement())) {
        return;
      }
      String from = ContextAnnotations.effective(current);
      String to = ContextAnnotations.effective(target);
      if (!ContextAnnotations.crosses(from, to)) {
        return;
      }
      addNode(current);
      addNode(target);
      String fromId = MemberNames.of(current);
      String toId = MemberNames.of(target);
      long line =
          unit.getLineMap()
              .getLineNumber(trees.getSourcePositions().getStartPosition(unit, tree));
      String key = offendingKeys.get(file + ":" + line + ":" + fromId);
      ContextMap.Edge edge = new ContextMap.Edge(fromId, toId, key != null, key);
      edges.merge(fromId + "->" + toId, edge, (a, b) -> a.offending() ? a : b);
    }
  }
}
