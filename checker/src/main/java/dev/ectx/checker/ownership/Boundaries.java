package dev.ectx.checker.ownership;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import dev.ectx.checker.Context;
import dev.ectx.checker.Contexts;
import dev.ectx.checker.ExecutionContextAnnotatedTypeFactory;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import org.checkerframework.javacutil.TreePathUtil;
import org.checkerframework.javacutil.TreeUtils;

/**
 * Where code crosses from one context to another: the context of code, of a capturing lambda or
 * class, and whether a class opted in to ectx's checks.
 */
final class Boundaries {
  /** A crossing from the code around a lambda (or class) to the code inside it. */
  static final class Crossing {
    final Context from;
    final Context to;

    Crossing(Context from, Context to) {
      this.from = from;
      this.to = to;
    }
  }

  private final ExecutionContextAnnotatedTypeFactory factory;
  private final Contexts contexts;
  private final Map<Tree, TreePath> paths = new IdentityHashMap<>();

  Boundaries(ExecutionContextAnnotatedTypeFactory factory) {
    this.factory = factory;
    this.contexts = factory.contexts();
  }

  /**
   * Indexes the paths of the method about to be checked, so that each question about a tree in it
   * costs a lookup rather than a search of the compilation unit.
   *
   * @param method the path of a method declaration
   */
  void enter(TreePath method) {
    paths.clear();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void scan(Tree tree, Void p) {
        if (tree != null) {
          paths.put(tree, new TreePath(getCurrentPath(), tree));
        }
        return super.scan(tree, p);
      }
    }.scan(method, null);
    paths.put(method.getLeaf(), method);
  }

  /** The path to {@code tree} in the current compilation unit, or null. */
  TreePath pathOf(Tree tree) {
    if (tree == null) {
      return null;
    }
    TreePath path = paths.get(tree);
    return path != null ? path : factory.getPath(tree);
  }

  /** The context of the code at {@code tree}; {@link Context#ANY} if unknown. */
  Context contextOf(Tree tree) {
    TreePath path = pathOf(tree);
    return path == null ? Context.ANY : contexts.contextOfCode(path);
  }

  /**
   * Whether the lambda, member reference or class body {@code code} runs in another context than
   * the code that creates it.
   *
   * @param code a lambda, member reference or class declaration
   * @return the crossing, or null if it runs in the same context
   */
  Crossing crossing(Tree code) {
    TreePath path = pathOf(code);
    if (path == null || path.getParentPath() == null) {
      return null;
    }
    Context outer = contexts.contextOfCode(path.getParentPath());
    for (TreePath inside : insidePaths(path)) {
      Context inner =
          inside == path ? contexts.contextOfFunction(path) : contexts.contextOfCode(inside);
      if (inner.equals(outer) || inner.isAny() || inner.isPoly() || outer.isPoly()) {
        continue;
      }
      if (outer.isAny() && !contexts.optedInAt(path)) {
        continue;
      }
      return new Crossing(outer, inner);
    }
    return null;
  }

  private static List<TreePath> insidePaths(TreePath path) {
    Tree code = path.getLeaf();
    if (code instanceof ClassTree) {
      List<TreePath> bodies = new ArrayList<>();
      for (Tree member : ((ClassTree) code).getMembers()) {
        if (member instanceof MethodTree && ((MethodTree) member).getBody() != null) {
          bodies.add(new TreePath(new TreePath(path, member), ((MethodTree) member).getBody()));
        }
      }
      return bodies;
    }
    return List.of(path);
  }

  /**
   * The innermost class around {@code tree}, whose instance a capture of {@code this} holds.
   *
   * @param tree a lambda, member reference or class declaration
   * @return the class, or {@code null}
   */
  TypeElement enclosingClass(Tree tree) {
    TreePath path = pathOf(tree);
    ClassTree enclosing =
        path == null || path.getParentPath() == null
            ? null
            : TreePathUtil.enclosingClass(path.getParentPath());
    return enclosing == null ? null : TreeUtils.elementFromDeclaration(enclosing);
  }

  /**
   * Whether the target type of the lambda or member reference {@code code} names the context it
   * runs in ({@link Contexts#targetNamesContext}).
   *
   * @param code a lambda or member reference
   * @return whether its target names a context
   */
  boolean targetNamesContext(Tree code) {
    TreePath path = pathOf(code);
    return path != null && contexts.targetNamesContext(path);
  }

  /**
   * Whether ectx checks the class around {@code tree} ({@link Contexts#optedIn}).
   *
   * @param tree a tree of the current compilation unit
   * @return whether its innermost enclosing class opted in
   */
  boolean optedInAt(Tree tree) {
    TreePath path = pathOf(tree);
    return path != null && contexts.optedInAt(path);
  }

  /** Whether the static field is confined to a context, so that only that context touches it. */
  boolean isConfinedStatic(VariableElement field) {
    return contexts.confinementOfStatic(field) != null;
  }
}
