package dev.ectx.audit;

import org.objectweb.asm.Opcodes;

/**
 * A field's declaration as read from its class file.
 *
 * @param name the field name
 * @param desc the JVM type descriptor
 * @param access the access flags
 * @param annotations declaration annotations and top-level type-use annotations together
 */
record FieldHeader(String name, String desc, int access, AnnotationSet annotations) {

  boolean isStatic() {
    return (access & Opcodes.ACC_STATIC) != 0;
  }

  boolean isFinal() {
    return (access & Opcodes.ACC_FINAL) != 0;
  }

  boolean isVolatile() {
    return (access & Opcodes.ACC_VOLATILE) != 0;
  }
}
