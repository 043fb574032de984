package dev.ectx.checker.ownership;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import dev.ectx.checker.EctxAnnotations;
import dev.ectx.checker.ExecutionContextAnnotatedTypeFactory;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.checkerframework.common.basetype.BaseTypeChecker;
import org.checkerframework.javacutil.TreeUtils;
import org.checkerframework.javacutil.TypesUtils;

/**
 * The structural rules, checked at each field declaration of a class that asks for them. A
 * {@code @Trusted} class (or a class inside one) is not checked.
 *
 * <ol>
 *   <li>{@code immutable.field}: every instance field of an {@code @Immutable} class is final and
 *       of a primitive or immutable type.
 *   <li>{@code shared.field} (rule S): every instance field of a {@code @Shared} class is final and
 *       sendable (immutable, shared such as an atomic or a {@code CsMutex}, or confined), or a
 *       volatile primitive or immutable value.
 *   <li>{@code mutalias.variant} (rule M for sum types): a field of a {@code @MutAlias} or confined
 *       class whose type is sealed with a variant that carries non-sendable state.
 *   <li>{@code mutalias.field} (rule M): every other instance field of a {@code @MutAlias} or
 *       confined class is {@code @Unique}, or of a primitive, sendable, {@code @MutAlias}, cell,
 *       functional-interface (a callback exposes no state to alias) or type-variable type.
 * </ol>
 */
public final class StructureRules {
  private final BaseTypeChecker checker;
  private final ExecutionContextAnnotatedTypeFactory factory;
  private final Sendability sendability;

  /**
   * Creates the rules.
   *
   * @param checker the checker that reports
   * @param factory the ectx type factory
   * @param sendability what may cross contexts
   */
  public StructureRules(
      BaseTypeChecker checker,
      ExecutionContextAnnotatedTypeFactory factory,
      Sendability sendability) {
    this.checker = checker;
    this.factory = factory;
    this.sendability = sendability;
  }

  /**
   * Checks the fields declared in {@code tree}.
   *
   * @param tree a class, interface, enum or record declaration
   */
  public void checkClass(ClassTree tree) {
    TypeElement type = TreeUtils.elementFromDeclaration(tree);
    if (type == null || Sendability.isTrusted(type)) {
      return;
    }
    boolean immutable = sendability.isDeclaredImmutable(type);
    boolean shared = sendability.isDeclaredShared(type);
    boolean ruleM = sendability.isMutAlias(type) || sendability.isConfined(type);
    if (!immutable && !shared && !ruleM) {
      return;
    }
    for (Tree member : tree.getMembers()) {
      if (!(member instanceof VariableTree)) {
        continue;
      }
      VariableElement field = TreeUtils.elementFromDeclaration((VariableTree) member);
      if (field == null || field.getModifiers().contains(Modifier.STATIC)) {
        continue;
      }
      if (immutable) {
        checkImmutable(member, field, type);
      }
      if (shared) {
        checkShared(member, field, type);
      }
      if (ruleM && !immutable && !shared) {
        checkMutAlias(member, field, type);
      }
    }
  }

  private void checkImmutable(Tree member, VariableElement field, TypeElement owner) {
    if (!isFinal(field) || !sendability.isImmutable(field.asType())) {
      checker.reportError(
          member, "immutable.field", field.getSimpleName(), owner.getSimpleName(), field.asType());
    }
  }

  private void checkShared(Tree member, VariableElement field, TypeElement owner) {
    TypeMirror type = field.asType();
    boolean ok =
        (isFinal(field) && sendability.isSendable(type))
            || (field.getModifiers().contains(Modifier.VOLATILE) && sendability.isImmutable(type));
    if (!ok) {
      checker.reportError(
          member, "shared.field", field.getSimpleName(), owner.getSimpleName(), type);
    }
  }

  private void checkMutAlias(Tree member, VariableElement field, TypeElement owner) {
    TypeMirror type = field.asType();
    if (factory.isUnique(field)) {
      return;
    }
    TypeElement variant = mutableVariant(type);
    if (variant != null) {
      checker.reportError(
          member,
          "mutalias.variant",
          field.getSimpleName(),
          owner.getSimpleName(),
          type,
          variant.getSimpleName());
      return;
    }
    if (!satisfiesRuleM(type)) {
      checker.reportError(
          member, "mutalias.field", field.getSimpleName(), owner.getSimpleName(), type);
    }
  }

  private boolean satisfiesRuleM(TypeMirror type) {
    if (type.getKind().isPrimitive()
        || type.getKind() == TypeKind.TYPEVAR
        || TypesUtils.isFunctionalInterface(type, factory.getProcessingEnv())
        || sendability.isSendable(type)
        || EctxAnnotations.hasAny(type, EctxAnnotations.MUT_ALIAS)) {
      return true;
    }
    if (type instanceof DeclaredType) {
      TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
      return sendability.isMutAlias(element) || KnownTypes.isCell(element);
    }
    return false;
  }

  /** A variant of the sealed type {@code type} that holds non-sendable state, or null. */
  private TypeElement mutableVariant(TypeMirror type) {
    if (!(type instanceof DeclaredType)) {
      return null;
    }
    Deque<TypeElement> work = new ArrayDeque<>();
    Set<TypeElement> seen = new HashSet<>();
    TypeElement root = (TypeElement) ((DeclaredType) type).asElement();
    if (!root.getModifiers().contains(Modifier.SEALED)) {
      return null;
    }
    work.add(root);
    while (!work.isEmpty()) {
      TypeElement current = work.poll();
      if (!seen.add(current)) {
        continue;
      }
      for (VariableElement field : Sendability.instanceFields(current)) {
        if (!sendability.isSendable(field.asType()) && !factory.isUnique(field)) {
          return current;
        }
      }
      for (TypeMirror permitted : current.getPermittedSubclasses()) {
        if (permitted instanceof DeclaredType) {
          work.add((TypeElement) ((DeclaredType) permitted).asElement());
        }
      }
    }
    return null;
  }

  private static boolean isFinal(VariableElement field) {
    return field.getModifiers().contains(Modifier.FINAL);
  }
}
