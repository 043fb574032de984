package dev.ectx.audit;

import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;

/**
 * A method's declaration as read from its class file.
 *
 * @param key the method
 * @param access the access flags
 * @param annotations the method's declaration annotations
 * @param parameterTypeAnnotations per parameter index, the top-level type-use annotations on the
 *     parameter's type ({@code @ExecutionContext("irq") Runnable handler})
 * @param lambdas for an input method, the lambdas and method references its code creates (found by
 *     a quick scan of its instructions, before any Jimple is built)
 * @param createsNestedInstances for an input method, whether its code instantiates a nested class
 *     (which may be an anonymous callback)
 * @param calledWithCallbacks for an input method that creates callbacks, the methods it calls (one
 *     of them may take a callback); empty otherwise
 */
record MethodHeader(
    MethodKey key,
    int access,
    AnnotationSet annotations,
    Map<Integer, AnnotationSet> parameterTypeAnnotations,
    List<Callback> lambdas,
    boolean createsNestedInstances,
    List<MethodKey> calledWithCallbacks) {

  boolean isStatic() {
    return (access & Opcodes.ACC_STATIC) != 0;
  }

  /** Whether its code may pass a callback somewhere (its Jimple is needed to find out where). */
  boolean createsCallbacks() {
    return !lambdas.isEmpty() || createsNestedInstances;
  }

  boolean isAbstract() {
    return (access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0;
  }

  boolean isPrivate() {
    return (access & Opcodes.ACC_PRIVATE) != 0;
  }

  /** Compiler-made: bridges, lambda bodies, accessors. */
  boolean isSynthetic() {
    return (access & (Opcodes.ACC_SYNTHETIC | Opcodes.ACC_BRIDGE)) != 0;
  }

  /** A lambda body made by javac ({@code lambda$name$0}). */
  boolean isLambdaBody() {
    return key.name().startsWith("lambda$");
  }

  AnnotationSet parameterTypeAnnotations(int index) {
    return parameterTypeAnnotations.getOrDefault(index, AnnotationSet.EMPTY);
  }
}
