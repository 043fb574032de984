package dev.ectx.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import sootup.core.jimple.common.Local;
import sootup.core.jimple.common.Value;
import sootup.core.jimple.common.constant.MethodHandle;
import sootup.core.jimple.common.constant.MethodType;
import sootup.core.jimple.common.expr.AbstractInvokeExpr;
import sootup.core.jimple.common.expr.JCastExpr;
import sootup.core.jimple.common.expr.JDynamicInvokeExpr;
import sootup.core.jimple.common.expr.JNewExpr;
import sootup.core.jimple.common.expr.JSpecialInvokeExpr;
import sootup.core.jimple.common.expr.JStaticInvokeExpr;
import sootup.core.jimple.common.ref.JFieldRef;
import sootup.core.jimple.common.stmt.JAssignStmt;
import sootup.core.jimple.common.stmt.Stmt;
import sootup.core.model.Body;
import sootup.core.model.Position;
import sootup.core.signatures.MethodSignature;
import sootup.core.types.ClassType;

/**
 * Reduces a Jimple body to {@link BodyFacts}: its calls (with the lambdas and anonymous-class
 * instances each argument carries) and its field accesses.
 *
 * <p>A lambda is an {@code invokedynamic} to {@code LambdaMetafactory}: its body is the method
 * handle among the bootstrap arguments, and its interface method is the call site's name with the
 * erased type of the first bootstrap argument. Which argument carries it is found by following the
 * local it is assigned to through copies and casts.
 */
final class BodySummarizer {
  private static final String METAFACTORY = "java.lang.invoke.LambdaMetafactory";

  private final Predicate<String> isLocalClass;

  /** @param isLocalClass whether a class name is an anonymous or local input class */
  BodySummarizer(Predicate<String> isLocalClass) {
    this.isLocalClass = isLocalClass;
  }

  BodyFacts summarize(MethodKey method, Body body) {
    List<Stmt> stmts = body.getStmts();
    Map<Local, Set<Callback>> carried = new HashMap<>();
    // Two passes reach copies that appear before their source in statement order (loops).
    for (int pass = 0; pass < 2; pass++) {
      for (Stmt stmt : stmts) {
        if (stmt instanceof JAssignStmt assign && assign.getLeftOp() instanceof Local local) {
          Set<Callback> origin = origin(method, assign.getRightOp(), line(stmt), carried);
          if (!origin.isEmpty()) {
            carried.computeIfAbsent(local, k -> new HashSet<>()).addAll(origin);
          }
        }
      }
    }
    List<CallSite> calls = new ArrayList<>();
    List<FieldAccess> accesses = new ArrayList<>();
    int firstLine = 0;
    for (Stmt stmt : stmts) {
      int line = line(stmt);
      if (firstLine == 0 && line > 0) {
        firstLine = line;
      }
      if (stmt.containsFieldRef()) {
        JFieldRef ref = stmt.getFieldRef();
        boolean write = stmt instanceof JAssignStmt a && a.getLeftOp() == ref;
        accesses.add(new FieldAccess(
            ref.getFieldSignature().getDeclClassType().getFullyQualifiedName(),
            ref.getFieldSignature().getName(), write, line));
      }
      if (stmt.isInvokableStmt()) {
        stmt.asInvokableStmt().getInvokeExpr()
            .filter(e -> !(e instanceof JDynamicInvokeExpr))
            .ifPresent(e -> calls.add(call(e, line, carried)));
      }
    }
    return new BodyFacts(method, firstLine, calls, accesses);
  }

  private Set<Callback> origin(
      MethodKey method, Value value, int line, Map<Local, Set<Callback>> carried) {
    if (value instanceof Local l) {
      return carried.getOrDefault(l, Set.of());
    }
    if (value instanceof JCastExpr cast && cast.getOp() instanceof Local l) {
      return carried.getOrDefault(l, Set.of());
    }
    if (value instanceof JNewExpr n) {
      String type = n.getType().getFullyQualifiedName();
      return isLocalClass.test(type)
          ? Set.of(new Callback(null, type, null, null, method, line))
          : Set.of();
    }
    if (value instanceof JDynamicInvokeExpr indy && isLambda(indy)) {
      MethodHandle handle = (MethodHandle) indy.getBootstrapArg(1);
      MethodType erased = (MethodType) indy.getBootstrapArg(0);
      MethodSignature site = indy.getMethodSignature();
      String iface = ((ClassType) site.getType()).getFullyQualifiedName();
      String sam = site.getName()
          + JimpleNames.descriptor(erased.getParameterTypes(), erased.getReturnType());
      return Set.of(new Callback(
          JimpleNames.key((MethodSignature) handle.getReferenceSignature()),
          null, iface, sam, method, line));
    }
    return Set.of();
  }

  private static boolean isLambda(JDynamicInvokeExpr indy) {
    return indy.getBootstrapMethodSignature().getDeclClassType().getFullyQualifiedName()
            .equals(METAFACTORY)
        && indy.getBootstrapArgCount() >= 3
        && indy.getBootstrapArg(1) instanceof MethodHandle handle
        && handle.isMethodRef()
        && indy.getBootstrapArg(0) instanceof MethodType
        && indy.getMethodSignature().getType() instanceof ClassType;
  }

  private static CallSite call(AbstractInvokeExpr e, int line, Map<Local, Set<Callback>> carried) {
    CallSite.Kind kind = e instanceof JStaticInvokeExpr ? CallSite.Kind.STATIC
        : e instanceof JSpecialInvokeExpr ? CallSite.Kind.SPECIAL
        : CallSite.Kind.VIRTUAL;
    List<Set<Callback>> args = new ArrayList<>();
    boolean any = false;
    for (Value arg : e.getArgs()) {
      Set<Callback> c = arg instanceof Local l ? carried.getOrDefault(l, Set.of()) : Set.of();
      any |= !c.isEmpty();
      args.add(Set.copyOf(c));
    }
    return new CallSite(kind, JimpleNames.key(e.getMethodSignature()), line,
        any ? args : List.of());
  }

  private static int line(Stmt stmt) {
    Position p = stmt.getPositionInfo().getStmtPosition();
    return p == null ? 0 : Math.max(0, p.getFirstLine());
  }
}
