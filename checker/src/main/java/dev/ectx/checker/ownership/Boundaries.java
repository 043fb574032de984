package dev.ectx.checker.ownership;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import dev.ectx.checker.Context;
import dev.ectx.checker.Contexts;
import dev.ectx.checker.ExecutionContextAnnotatedTypeFactory;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
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

  Boundaries(ExecutionContextAnnotatedTypeFactory factory) {
    this.factory = factory;
    this.contexts = factory.contexts();
  }

  /** The path to {@code tree} in the current compilation unit, or null. */
  TreePath pathOf(Tree tree) {
    return tree == null ? null : factory.getPath(tree);
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
      if (outer.isAny() && !optedIn(TreePathUtil.enclosingClass(path))) {
        continue;
      }
      return new Crossing(outer, inner);
    }
    return null;
  }

  private static List<TreePath> insidePaths(TreePath path) {
    Tree code = path.getLeaf();
    if (code instanceof ClassTree) {
      List<TreePath> bodies = new java.util.ArrayList<>();
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
   * Whether the lambda, member reference or anonymous class {@code code} is passed where its
   * target type carries a context (so its body is checked in that context).
   *
   * @param code a functional expression or a class body
   * @return whether its target names a context
   */
  boolean targetCarriesContext(Tree code) {
    TreePath path = pathOf(code);
    if (path == null) {
      return false;
    }
    Tree user = code instanceof ClassTree ? pathOf(code).getParentPath().getLeaf() : code;
    TreePath userPath = code instanceof ClassTree ? path.getParentPath() : path;
    TreePath parent = skipParentheses(userPath.getParentPath());
    if (parent == null) {
      return false;
    }
    Tree leaf = parent.getLeaf();
    TypeMirror target = null;
    if (leaf instanceof MethodInvocationTree || leaf instanceof NewClassTree) {
      ExecutableElement callee =
          leaf instanceof MethodInvocationTree
              ? TreeUtils.elementFromUse((MethodInvocationTree) leaf)
              : TreeUtils.elementFromUse((NewClassTree) leaf);
      List<? extends Tree> args =
          leaf instanceof MethodInvocationTree
              ? ((MethodInvocationTree) leaf).getArguments()
              : ((NewClassTree) leaf).getArguments();
      int index = args.indexOf(user);
      if (callee != null && index >= 0 && !callee.getParameters().isEmpty()) {
        target = callee.getParameters().get(Math.min(index, callee.getParameters().size() - 1)).asType();
      }
    } else if (leaf instanceof VariableTree) {
      target = TreeUtils.elementFromDeclaration((VariableTree) leaf).asType();
    }
    return target != null && namesContext(target);
  }

  private static boolean namesContext(TypeMirror type) {
    if (Sendability.hasAny(type, Set.of(KnownTypes.EXECUTION_CONTEXT))) {
      return true;
    }
    return type instanceof DeclaredType
        && Sendability.hasAny(((DeclaredType) type).asElement(), Set.of(KnownTypes.EXECUTION_CONTEXT));
  }

  /** The path of the nearest enclosing non-parenthesis tree. */
  static TreePath skipParentheses(TreePath path) {
    TreePath p = path;
    while (p != null && p.getLeaf() instanceof ParenthesizedTree) {
      p = p.getParentPath();
    }
    return p;
  }

  /** The classes around {@code tree}, innermost first. */
  Set<TypeElement> outerClasses(Tree tree) {
    Set<TypeElement> classes = new LinkedHashSet<>();
    TreePath path = pathOf(tree);
    for (TreePath p = path == null ? null : path.getParentPath(); p != null; p = p.getParentPath()) {
      if (p.getLeaf() instanceof ClassTree) {
        TypeElement element = TreeUtils.elementFromDeclaration((ClassTree) p.getLeaf());
        if (element != null) {
          classes.add(element);
        }
      }
    }
    return classes;
  }

  /**
   * Whether ectx checks this class ({@link Contexts#optedIn}).
   *
   * @param tree a class declaration, or null
   * @return whether it opted in
   */
  boolean optedIn(ClassTree tree) {
    if (tree == null) {
      return false;
    }
    TypeElement type = TreeUtils.elementFromDeclaration(tree);
    if (type == null) {
      return false;
    }
    return type != null && contexts.optedIn(type);
  }

  /** Whether the static field is confined to a context, so that only that context touches it. */
  boolean isConfinedStatic(VariableElement field) {
    return contexts.confinementOfStatic(field) != null;
  }
}
