package dev.ectx.audit;

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
 */
record MethodHeader(
    MethodKey key,
    int access,
    AnnotationSet annotations,
    Map<Integer, AnnotationSet> parameterTypeAnnotations) {

  boolean isStatic() {
    return (access & Opcodes.ACC_STATIC) != 0;
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
