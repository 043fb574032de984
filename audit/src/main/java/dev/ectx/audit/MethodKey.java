package dev.ectx.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.objectweb.asm.Type;

/**
 * A method by its declaring class (binary name with dots), name and JVM descriptor. Its key inside
 * the class ({@code name + desc}) is computed once: the audit asks for it millions of times.
 */
final class MethodKey {
  private final String owner;
  private final String name;
  private final String desc;
  private final String subSignature;
  private final int hash;

  /**
   * @param owner the declaring class, e.g. {@code dev.ectx.capsules.Uart}
   * @param name the method name
   * @param desc the JVM descriptor, e.g. {@code ([BI)V}
   */
  MethodKey(String owner, String name, String desc) {
    this.owner = owner;
    this.name = name;
    this.desc = desc;
    this.subSignature = name + desc;
    this.hash = Objects.hash(owner, subSignature);
  }

  String owner() {
    return owner;
  }

  String name() {
    return name;
  }

  String desc() {
    return desc;
  }

  /** {@code name + desc}, the key of a method inside its class. */
  String subSignature() {
    return subSignature;
  }

  /** The same name and descriptor in another class. */
  MethodKey in(String otherOwner) {
    return new MethodKey(otherOwner, name, desc);
  }

  /** The parameter types as Java source names ({@code int}, {@code byte[]}, {@code a.B$C}). */
  List<String> parameterTypes() {
    List<String> names = new ArrayList<>();
    for (Type t : Type.getArgumentTypes(desc)) {
      names.add(t.getClassName());
    }
    return names;
  }

  /** Whether a {@code dev.ectx.cells.CriticalSection} parameter proves interrupts are masked. */
  boolean takesCriticalSection() {
    return desc.contains("Ldev/ectx/cells/CriticalSection;");
  }

  /** {@code Simple.name(Param, ...)} for messages, with simple parameter names. */
  String display() {
    return simpleName(owner) + "." + member();
  }

  /** {@code name(Param, ...)} with simple parameter names. */
  String member() {
    List<String> simple = new ArrayList<>();
    for (String p : parameterTypes()) {
      simple.add(simpleName(p));
    }
    return name + "(" + String.join(", ", simple) + ")";
  }

  static String simpleName(String binaryName) {
    return binaryName.substring(binaryName.lastIndexOf('.') + 1);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MethodKey k && hash == k.hash && owner.equals(k.owner)
        && subSignature.equals(k.subSignature);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return owner + "." + subSignature;
  }
}
