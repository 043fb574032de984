package dev.ectx.checker;

import com.sun.source.util.TreePath;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Answers "which execution context does this code run in?", "which context is this member or
 * class bound to?" and "is this context name declared?". The rules ask; only this class reads
 * the context annotations (and their ecosystem aliases).
 *
 * <p>Skeleton: the resolution is built with the context rules. Until then every answer is {@link
 * Context#ANY}.
 */
public final class Contexts {
  private final ExecutionContextAnnotatedTypeFactory factory;

  Contexts(ExecutionContextAnnotatedTypeFactory factory) {
    this.factory = factory;
  }

  /**
   * The context that the code at {@code path} runs in: its method's context, else its class's,
   * else (lambda, method reference, anonymous or local class) its target type's, else that of
   * the enclosing code.
   *
   * @param path a path to an expression or statement
   * @return the context; {@link Context#ANY} for unannotated code
   */
  public Context contextOfCode(TreePath path) {
    return Context.ANY;
  }

  /**
   * The context a method or constructor is bound to, as its callers see it.
   *
   * @param method a method or constructor
   * @return its context, {@link Context#ANY} or {@link Context#POLY}
   */
  public Context contextOfMember(ExecutableElement method) {
    return Context.ANY;
  }

  /**
   * The context a class confines its instances to.
   *
   * @param type a class or interface
   * @return the context, or {@code null} if the class is not confined
   */
  public Context confinementOf(TypeElement type) {
    return null;
  }

  /**
   * Whether ectx checks the declaration rules for this class: it carries an ectx annotation (on
   * itself or a member), or its package declares contexts.
   *
   * @param type a class
   * @return whether the class opted in
   */
  public boolean optedIn(TypeElement type) {
    return false;
  }

  /**
   * Whether {@code name} is declared where {@code site} is (by {@code -Aectx.contexts}, or by
   * {@code @DeclareContexts} on an enclosing class or the package). {@code boot} always is.
   *
   * @param name a context name
   * @param site the element whose annotation uses the name
   * @return whether the name is declared
   */
  public boolean isDeclared(String name, Element site) {
    return true;
  }

  ExecutionContextAnnotatedTypeFactory factory() {
    return factory;
  }
}
