package dev.ectx.audit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.objectweb.asm.Opcodes;

/**
 * A class's declaration as read from its class file: hierarchy, annotations, members. No code.
 *
 * @param name the binary name with dots
 * @param origin where it was read from
 * @param superName the superclass, or null for {@code java.lang.Object} and modules
 * @param interfaces the directly implemented or extended interfaces
 * @param access the access flags
 * @param sourceFile the {@code SourceFile} attribute, or null
 * @param local whether it is an anonymous or local class
 * @param annotations the class's annotations
 * @param fields the fields by name
 * @param methods the methods by {@code name + desc}
 */
record ClassHeader(
    String name,
    Origin origin,
    String superName,
    List<String> interfaces,
    int access,
    String sourceFile,
    boolean local,
    AnnotationSet annotations,
    Map<String, FieldHeader> fields,
    Map<String, MethodHeader> methods) {

  /** Where a class comes from, which decides what the audit reads of it. */
  enum Origin {
    /** An audited input: bodies are analysed. */
    INPUT,
    /** A library on the classpath: signatures and annotations only. */
    CLASSPATH,
    /** The running JDK's class files: signatures only. */
    JDK
  }

  boolean isInterface() {
    return (access & Opcodes.ACC_INTERFACE) != 0;
  }

  boolean isAbstract() {
    return (access & Opcodes.ACC_ABSTRACT) != 0;
  }

  Optional<MethodHeader> method(String subSignature) {
    return Optional.ofNullable(methods.get(subSignature));
  }

  /** The source path relative to a source root, e.g. {@code dev/ectx/capsules/Uart.java}. */
  String sourcePath() {
    int dot = name.lastIndexOf('.');
    String dir = dot < 0 ? "" : name.substring(0, dot + 1).replace('.', '/');
    if (sourceFile != null) {
      return dir + sourceFile;
    }
    String simple = name.substring(dot + 1);
    int dollar = simple.indexOf('$');
    return dir + (dollar > 0 ? simple.substring(0, dollar) : simple) + ".java";
  }
}
