package dev.ectx.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Answers "which context is this method bound to?" for every method the audit meets, by the
 * code-context rules of the design:
 *
 * <ol>
 *   <li>the method's own annotation ({@code @ExecutionContext}, {@code @AnyContext},
 *       {@code @PolyContext} or an alias);
 *   <li>for a lambda, method reference or anonymous class passed to a parameter whose type carries
 *       a context, that context (a <em>registration</em>);
 *   <li>for a lambda body, the context of the interface method it implements;
 *   <li>its class's annotation;
 *   <li>the context of the method it overrides.
 * </ol>
 *
 * A method none of these binds is unannotated: it runs in whichever contexts reach it. That holds
 * for a lambda or anonymous class whose target type names no context too: the checker checks its
 * body in the enclosing code's context, but at run time it runs wherever it is invoked, and that
 * is what the audit follows.
 */
final class ContextBindings {
  private final Program program;
  private final Map<MethodKey, Binding> registeredMethods = new HashMap<>();
  private final Map<String, Binding> registeredClasses = new HashMap<>();
  private final Map<MethodKey, Callback> lambdas = new HashMap<>();
  private final Map<MethodKey, Optional<Binding>> cache = new HashMap<>();
  private final List<Registration> registrations = new ArrayList<>();

  /**
   * A callback passed to a context-typed parameter.
   *
   * @param callback the lambda or anonymous-class instance
   * @param site the call that passes it
   * @param context the parameter's context
   */
  record Registration(Callback callback, CallSite site, String context) {}

  ContextBindings(Program program) {
    this.program = program;
    for (Callback c : program.lambdas()) {
      lambdas.putIfAbsent(c.impl(), c);
    }
    // Only code that creates a callback and calls a method with a context-typed parameter can
    // register one: only its Jimple is needed here.
    for (MethodKey m : program.methodsWithBodies()) {
      if (program.header(m).filter(this::mayRegister).isPresent()) {
        for (CallSite site : program.facts(m).calls()) {
          recordRegistrations(site);
        }
      }
    }
  }

  private boolean mayRegister(MethodHeader m) {
    if (!m.createsCallbacks()) {
      return false;
    }
    for (MethodKey called : m.calledWithCallbacks()) {
      if (program.index().mayCarryAnnotations(called.owner())) {
        Optional<MethodHeader> d =
            program.index().declaration(called.owner(), called.subSignature());
        if (d.isPresent() && !d.get().parameterTypeAnnotations().isEmpty()) {
          return true;
        }
      }
    }
    return false;
  }

  private void recordRegistrations(CallSite site) {
    for (int i = 0; i < site.callbacks().size(); i++) {
      if (site.callbacks().get(i).isEmpty()) {
        continue;
      }
      Optional<String> context = parameterContext(site.target(), i);
      if (context.isEmpty()) {
        continue;
      }
      Binding binding = Binding.context(context.get()).asRegistered();
      for (Callback c : site.callbacks().get(i)) {
        registrations.add(new Registration(c, site, context.get()));
        if (c.isLambda()) {
          registeredMethods.putIfAbsent(c.impl(), binding);
        } else {
          registeredClasses.putIfAbsent(c.anonymousClass(), binding);
        }
      }
    }
  }

  /** The context a parameter's type use names, looked up on the declaration the call names. */
  Optional<String> parameterContext(MethodKey target, int index) {
    return program.index().declaration(target.owner(), target.subSignature())
        .flatMap(m -> EctxAnnotations.typeUseContext(m.parameterTypeAnnotations(index)));
  }

  /** Every callback passed to a context-typed parameter. */
  List<Registration> registrations() {
    return registrations;
  }

  /** The method's binding, or empty if it is unannotated. */
  Optional<Binding> of(MethodKey m) {
    Optional<Binding> cached = cache.get(m);
    if (cached != null) {
      return cached;
    }
    cache.put(m, Optional.empty()); // breaks cycles through creators and overrides
    Optional<Binding> computed = compute(m);
    cache.put(m, computed);
    return computed;
  }

  /** The binding a method's own declaration or registration gives, ignoring its class. */
  private Optional<Binding> own(MethodKey m) {
    Optional<Binding> declared =
        program.header(m).flatMap(h -> EctxAnnotations.binding(h.annotations()));
    if (declared.isPresent()) {
      return declared;
    }
    Binding registered = registeredMethods.get(m);
    if (registered == null && !m.name().startsWith("<")) {
      registered = registeredClasses.get(m.owner());
    }
    return Optional.ofNullable(registered);
  }

  private Optional<Binding> compute(MethodKey m) {
    Optional<MethodHeader> header = program.header(m);
    Optional<ClassHeader> owner = program.classOf(m);
    if (header.isEmpty() || owner.isEmpty()) {
      return Optional.empty();
    }
    Optional<Binding> own = own(m);
    if (own.isPresent()) {
      return own;
    }
    Callback lambda = lambdas.get(m);
    if (lambda != null && header.get().isLambdaBody()) {
      return program.index().declaration(lambda.iface(), lambda.samSubSignature())
          .flatMap(d -> of(d.key()));
    }
    Optional<Binding> classLevel = EctxAnnotations.binding(owner.get().annotations());
    if (classLevel.isPresent()) {
      return classLevel;
    }
    return overridden(header.get(), owner.get());
  }

  private Optional<Binding> overridden(MethodHeader m, ClassHeader owner) {
    if (m.isStatic() || m.isPrivate() || m.key().name().startsWith("<")) {
      return Optional.empty();
    }
    Set<String> supers = program.index().supertypes(owner.name());
    for (String s : supers) {
      if (s.equals(owner.name())) {
        continue;
      }
      Optional<ClassHeader> sup = program.index().find(s);
      if (sup.isPresent() && sup.get().method(m.key().subSignature()).isPresent()) {
        Optional<Binding> b = of(m.key().in(s));
        if (b.isPresent()) {
          return b;
        }
      }
    }
    return Optional.empty();
  }

  /** Whether {@code m} is or overrides a method marked with {@code annotation}'s test. */
  boolean inherits(MethodKey m, Predicate<AnnotationSet> annotation) {
    for (String s : program.index().supertypes(m.owner())) {
      Optional<MethodHeader> h = program.index().find(s).flatMap(c -> c.method(m.subSignature()));
      if (h.isPresent() && annotation.test(h.get().annotations())) {
        return true;
      }
    }
    return false;
  }
}
