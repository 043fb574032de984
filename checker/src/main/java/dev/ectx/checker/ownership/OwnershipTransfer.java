package dev.ectx.checker.ownership;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import dev.ectx.annotations.Borrowed;
import dev.ectx.checker.CallSites;
import dev.ectx.checker.Captures;
import dev.ectx.checker.ExecutionContextAnnotatedTypeFactory;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.checkerframework.dataflow.analysis.ForwardTransferFunction;
import org.checkerframework.dataflow.analysis.RegularTransferResult;
import org.checkerframework.dataflow.analysis.TransferInput;
import org.checkerframework.dataflow.analysis.TransferResult;
import org.checkerframework.dataflow.cfg.UnderlyingAST;
import org.checkerframework.dataflow.cfg.UnderlyingAST.CFGLambda;
import org.checkerframework.dataflow.cfg.UnderlyingAST.CFGMethod;
import org.checkerframework.dataflow.cfg.block.Block;
import org.checkerframework.dataflow.cfg.block.ExceptionBlock;
import org.checkerframework.dataflow.cfg.node.AbstractNodeVisitor;
import org.checkerframework.dataflow.cfg.node.ArrayAccessNode;
import org.checkerframework.dataflow.cfg.node.ArrayCreationNode;
import org.checkerframework.dataflow.cfg.node.AssignmentNode;
import org.checkerframework.dataflow.cfg.node.FieldAccessNode;
import org.checkerframework.dataflow.cfg.node.FunctionalInterfaceNode;
import org.checkerframework.dataflow.cfg.node.LambdaResultExpressionNode;
import org.checkerframework.dataflow.cfg.node.LocalVariableNode;
import org.checkerframework.dataflow.cfg.node.MethodInvocationNode;
import org.checkerframework.dataflow.cfg.node.Node;
import org.checkerframework.dataflow.cfg.node.ObjectCreationNode;
import org.checkerframework.dataflow.cfg.node.ReturnNode;
import org.checkerframework.dataflow.cfg.node.SwitchExpressionNode;
import org.checkerframework.dataflow.cfg.node.TernaryExpressionNode;
import org.checkerframework.dataflow.cfg.node.ThisNode;
import org.checkerframework.dataflow.cfg.node.TypeCastNode;
import org.checkerframework.javacutil.TreeUtils;

/**
 * The ownership dataflow: how each node changes the state of local variables, and (in the reporting
 * pass, after the fixpoint) which ownership rules it breaks.
 *
 * <ol>
 *   <li>A value moves when it is passed to a {@code @Unique} parameter, stored into a
 *       {@code @Unique} field or local, sent across a boundary (a capture by code of another
 *       context, an argument of a {@code @Shared} method, a store into a static or a shared
 *       object).
 *   <li>A unique variable becomes aliased when it is assigned to another variable, stored, passed
 *       to a parameter that is neither {@code @Unique} nor {@code @Borrowed}, or captured.
 *   <li>A {@code @Borrowed} parameter (and a variable assigned from one) may not be stored,
 *       returned or captured by code that outlives the call.
 *   <li>A {@code CriticalSection} may not be stored outside a local, returned, or captured by code
 *       that outlives the call.
 * </ol>
 */
final class OwnershipTransfer
    extends AbstractNodeVisitor<
        TransferResult<OwnershipValue, OwnershipStore>,
        TransferInput<OwnershipValue, OwnershipStore>>
    implements ForwardTransferFunction<OwnershipValue, OwnershipStore> {

  private final ExecutionContextAnnotatedTypeFactory factory;
  private final Sendability sendability;
  private final Boundaries boundaries;
  private final OwnershipReporter reporter;
  private final Map<VariableElement, OwnershipValue> capturedOnEntry;
  private final boolean lendsParameters;
  private final Set<Node> varargsArrays = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Map<LambdaExpressionTree, Map<VariableElement, OwnershipValue>> lambdaEntries =
      new IdentityHashMap<>();
  private final Set<LambdaExpressionTree> lendingLambdas =
      Collections.newSetFromMap(new IdentityHashMap<>());
  private boolean reporting;
  private UnderlyingAST underlying;

  OwnershipTransfer(
      ExecutionContextAnnotatedTypeFactory factory,
      Sendability sendability,
      Boundaries boundaries,
      OwnershipReporter reporter,
      Map<VariableElement, OwnershipValue> capturedOnEntry,
      boolean lendsParameters) {
    this.factory = factory;
    this.sendability = sendability;
    this.boundaries = boundaries;
    this.reporter = reporter;
    this.capturedOnEntry = capturedOnEntry;
    this.lendsParameters = lendsParameters;
  }

  /** Marks the synthetic arrays that carry varargs, whose elements are the real arguments. */
  void noteVarargs(List<Node> nodes) {
    for (Node node : nodes) {
      if (node instanceof MethodInvocationNode || node instanceof ObjectCreationNode) {
        List<Node> args =
            node instanceof MethodInvocationNode
                ? ((MethodInvocationNode) node).getArguments()
                : ((ObjectCreationNode) node).getArguments();
        if (!args.isEmpty()
            && TreeUtils.isVarargsCall(node.getTree())
            && args.get(args.size() - 1) instanceof ArrayCreationNode) {
          varargsArrays.add(args.get(args.size() - 1));
        }
      }
    }
  }

  /** Switches on reporting, for the pass over the fixpoint's stores. */
  void startReporting() {
    reporting = true;
  }

  /** The states of the captured variables at each lambda, seen in the reporting pass. */
  Map<LambdaExpressionTree, Map<VariableElement, OwnershipValue>> lambdaEntries() {
    return lambdaEntries;
  }

  /** Whether the lambda is a cell's {@code map} callback, whose parameter is lent. */
  boolean isLendingLambda(LambdaExpressionTree lambda) {
    return lendingLambdas.contains(lambda);
  }

  @Override
  public OwnershipStore initialStore(UnderlyingAST ast, List<LocalVariableNode> parameters) {
    underlying = ast;
    OwnershipStore store = new OwnershipStore();
    capturedOnEntry.forEach(store::put);
    ExecutableElement function = null;
    if (ast instanceof CFGLambda) {
      function =
          TreeUtils.findFunction(((CFGLambda) ast).getLambdaTree(), factory.getProcessingEnv());
    }
    for (int i = 0; i < parameters.size(); i++) {
      VariableElement parameter = parameters.get(i).getElement();
      VariableElement declared = parameter;
      if (function != null && i < function.getParameters().size()) {
        declared = function.getParameters().get(i);
      }
      Ownership state = Ownership.ALIASED;
      if (factory.isUnique(parameter) || factory.isUnique(declared)) {
        state = Ownership.UNIQUE;
      } else if (isBorrowed(parameter) || isBorrowed(declared) || lendsParameters) {
        state = Ownership.BORROWED;
      }
      store.put(parameter, OwnershipValue.of(state, parameter, null));
    }
    return store;
  }

  // ---- reads ----

  @Override
  public TransferResult<OwnershipValue, OwnershipStore> visitNode(
      Node node, TransferInput<OwnershipValue, OwnershipStore> in) {
    return new RegularTransferResult<>(null, in.getRegularStore());
  }

  @Override
  public TransferResult<OwnershipValue, OwnershipStore> visitLocalVariable(
      LocalVariableNode node, TransferInput<OwnershipValue, OwnershipStore> in) {
    OwnershipStore store = in.getRegularStore();
    if (node.isLValue()) {
      return new RegularTransferResult<>(null, store);
    }
    VariableElement variable = node.getElement();
    OwnershipValue state = stateOf(store, variable);
    if (isSynthetic(variable)) {
      return new RegularTransferResult<>(state, store);
    }
    if (state.state == Ownership.MOVED && node.getInSource()) {
      report(node.getTree(), "unique.moved", variable.getSimpleName(), lineOf(state.movedAt));
    }
    return new RegularTransferResult<>(
        OwnershipValue.of(state.state, variable, state.movedAt), store);
  }

  @Override
  public TransferResult<OwnershipValue, OwnershipStore> visitTernaryExpression(
      TernaryExpressionNode node, TransferInput<OwnershipValue, OwnershipStore> in) {
    OwnershipValue value = in.getRegularStore().get(node.getTernaryExpressionVar().getElement());
    if (value == null) {
      value =
          valueOf(node.getThenOperand(), in).leastUpperBound(valueOf(node.getElseOperand(), in));
    }
    return new RegularTransferResult<>(value, in.getRegularStore());
  }

  @Override
  public TransferResult<OwnershipValue, OwnershipStore> visitSwitchExpressionNode(
      SwitchExpressionNode node, TransferInput<OwnershipValue, OwnershipStore> in) {
    OwnershipValue value = in.getRegularStore().get(node.getSwitchExpressionVar().getElement());
    return new RegularTransferResult<>(
        value == null ? OwnershipValue.ALIASED : value, in.getRegularStore());
  }

  @Override
  public TransferResult<OwnershipValue, OwnershipStore> visitFieldAccess(
      FieldAccessNode node, TransferInput<OwnershipValue, OwnershipStore> in) {
    // Reading a @Unique field is a take or a loan; unique.field polices which.
    boolean owned = !node.isLValue() && factory.isUnique(node.getElement());
    return new RegularTransferResult<>(
        owned ? OwnershipValue.FRESH : OwnershipValue.ALIASED, in.getRegularStore());
  }

  @Override
  public TransferResult<OwnershipValue, OwnershipStore> visitTypeCast(
      TypeCastNode node, TransferInput<OwnershipValue, OwnershipStore> in) {
    return new RegularTransferResult<>(valueOf(node.getOperand(), in), in.getRegularStore());
  }

  // ---- stores ----

  @Override
  public TransferResult<OwnershipValue, OwnershipStore> visitAssignment(
      AssignmentNode node, TransferInput<OwnershipValue, OwnershipStore> in) {
    OwnershipStore store = in.getRegularStore();
    Node target = node.getTarget();
    Node rhsNode = node.getExpression();
    OwnershipValue rhs = valueOf(rhsNode, in);
    Tree site = node.getTree();
    if (target instanceof LocalVariableNode) {
      VariableElement variable = ((LocalVariableNode) target).getElement();
      if (!node.getInSource() || isSynthetic(variable)) {
        store = store.with(variable, rhs);
      } else if (factory.isUnique(variable)) {
        requireUnique(rhs, rhsNode, variable.getSimpleName());
        store =
            move(store, rhs, site)
                .with(variable, OwnershipValue.of(Ownership.UNIQUE, variable, null));
      } else {
        store = assignLocal(store, variable, rhs);
      }
    } else if (target instanceof FieldAccessNode) {
      store = storeIntoField(store, (FieldAccessNode) target, rhsNode, rhs, site);
    } else if (target instanceof ArrayAccessNode) {
      checkEscape(rhsNode, rhs, site, true);
      store = alias(store, rhs);
    }
    return result(node, rhs, store, in);
  }

  private OwnershipStore assignLocal(
      OwnershipStore store, VariableElement variable, OwnershipValue rhs) {
    Ownership state;
    switch (rhs.state) {
      case UNIQUE:
        state = rhs.sources.isEmpty() ? Ownership.UNIQUE : Ownership.ALIASED;
        break;
      case BORROWED:
        state = Ownership.BORROWED;
        break;
      default:
        state = Ownership.ALIASED;
    }
    return alias(store, rhs).with(variable, OwnershipValue.of(state, variable, null));
  }

  private OwnershipStore storeIntoField(
      OwnershipStore store, FieldAccessNode target, Node rhsNode, OwnershipValue rhs, Tree site) {
    VariableElement field = target.getElement();
    checkEscape(rhsNode, rhs, site, true);
    if (factory.isUnique(field)) {
      requireUnique(rhs, rhsNode, describeField(field));
      return move(store, rhs, site);
    }
    if (field.getModifiers().contains(Modifier.STATIC)) {
      if (!boundaries.isConfinedStatic(field) && boundaries.optedInAt(site)) {
        return send(store, rhsNode, rhs, site, describeField(field));
      }
      return alias(store, rhs);
    }
    Element owner = field.getEnclosingElement();
    if (!(target.getReceiver() instanceof ThisNode)
        && owner instanceof TypeElement
        && sendability.isShared((TypeElement) owner)) {
      return send(store, rhsNode, rhs, site, describeField(field));
    }
    return alias(store, rhs);
  }

  // ---- calls ----

  @Override
  public TransferResult<OwnershipValue, OwnershipStore> visitMethodInvocation(
      MethodInvocationNode node, TransferInput<OwnershipValue, OwnershipStore> in) {
    OwnershipStore store = in.getRegularStore();
    ExecutableElement method = TreeUtils.elementFromUse(node.getTree());
    if (method == null) {
      return new RegularTransferResult<>(OwnershipValue.ALIASED, store);
    }
    Arguments args = passArguments(store, method, node.getArguments(), node.getTree(), in);
    boolean fresh = factory.isUnique(factory.getAnnotatedType(method).getReturnType());
    return result(node, fresh ? OwnershipValue.FRESH : OwnershipValue.ALIASED, args.store, in);
  }

  @Override
  public TransferResult<OwnershipValue, OwnershipStore> visitObjectCreation(
      ObjectCreationNode node, TransferInput<OwnershipValue, OwnershipStore> in) {
    OwnershipStore store = in.getRegularStore();
    ExecutableElement constructor = TreeUtils.elementFromUse(node.getTree());
    if (constructor == null) {
      return new RegularTransferResult<>(OwnershipValue.ALIASED, store);
    }
    Arguments args = passArguments(store, constructor, node.getArguments(), node.getTree(), in);
    store = args.store;
    boolean recovered = args.allSendable;
    ClassTree body = node.getTree().getClassBody();
    if (body == null) {
      Element created = constructor.getEnclosingElement();
      if (created instanceof TypeElement
          && ((TypeElement) created).getNestingKind() == NestingKind.LOCAL) {
        Tree declaration = factory.declarationFromElement(created);
        if (declaration instanceof ClassTree) {
          body = (ClassTree) declaration;
        }
      }
    }
    if (body != null) {
      Capture capture = capture(store, body, node.getTree(), true);
      store = capture.store;
      recovered &= capture.sendable;
    }
    return result(node, recovered ? OwnershipValue.FRESH : OwnershipValue.ALIASED, store, in);
  }

  @Override
  public TransferResult<OwnershipValue, OwnershipStore> visitArrayCreation(
      ArrayCreationNode node, TransferInput<OwnershipValue, OwnershipStore> in) {
    OwnershipStore store = in.getRegularStore();
    boolean fresh = true;
    for (Node element : node.getInitializers()) {
      OwnershipValue value = valueOf(element, in);
      fresh &= isRecoverable(element, value);
      if (!varargsArrays.contains(node)) {
        checkEscape(element, value, element.getTree(), false);
        store = alias(store, value);
      }
    }
    return new RegularTransferResult<>(
        fresh ? OwnershipValue.FRESH : OwnershipValue.ALIASED, store);
  }

  /** The store after passing arguments, and whether all of them were sendable (for recovery). */
  private static final class Arguments {
    final OwnershipStore store;
    final boolean allSendable;

    Arguments(OwnershipStore store, boolean allSendable) {
      this.store = store;
      this.allSendable = allSendable;
    }
  }

  private Arguments passArguments(
      OwnershipStore store,
      ExecutableElement callee,
      List<Node> arguments,
      Tree site,
      TransferInput<OwnershipValue, OwnershipStore> in) {
    List<? extends VariableElement> parameters = callee.getParameters();
    Element owner = callee.getEnclosingElement();
    boolean shared = owner instanceof TypeElement && isSharedBoundary((TypeElement) owner, site);
    boolean lends = LendingMethods.lendsArguments(callee);
    boolean allSendable = true;
    for (int i = 0; i < arguments.size() && !parameters.isEmpty(); i++) {
      VariableElement parameter = CallSites.parameter(callee, i);
      Node argument = arguments.get(i);
      boolean unique = factory.isUnique(parameter);
      List<Node> passed = List.of(argument);
      if (varargsArrays.contains(argument)) {
        passed = ((ArrayCreationNode) argument).getInitializers();
        unique = false;
      }
      for (Node actual : passed) {
        OwnershipValue value = valueOf(actual, in);
        if (unique) {
          requireUnique(value, actual, describe(callee, parameter));
          store = move(store, value, site);
        } else if (lends || isBorrowed(parameter)) {
          continue;
        } else if (shared) {
          store = send(store, actual, value, site, describe(callee));
        } else {
          allSendable &= isRecoverable(actual, value);
          store = alias(store, value);
        }
      }
      if (argument.getTree() instanceof LambdaExpressionTree
          && LendingMethods.lendsCellValue(callee)) {
        lendingLambdas.add((LambdaExpressionTree) argument.getTree());
      }
    }
    return new Arguments(store, allSendable);
  }

  /**
   * Whether calling a method of {@code owner} sends its arguments to another context: a declared
   * {@code @Shared} class (its contents reach every context), or a thread-safe JDK type used from a
   * class that opted in. {@code CsMutex} is exempt: its contents are reachable only inside a
   * critical section; so is a shared class's own code, whose values came in through checked
   * boundaries.
   */
  private boolean isSharedBoundary(TypeElement owner, Tree site) {
    if (owner.getQualifiedName().contentEquals(KnownTypes.CS_MUTEX) || isInsideSharedClass(site)) {
      return false;
    }
    return sendability.isDeclaredShared(owner)
        || (sendability.isShared(owner) && boundaries.optedInAt(site));
  }

  private boolean isInsideSharedClass(Tree site) {
    TypeElement type = boundaries.enclosingClass(site);
    return type != null && sendability.isDeclaredShared(type);
  }

  // ---- returns ----

  @Override
  public TransferResult<OwnershipValue, OwnershipStore> visitReturn(
      ReturnNode node, TransferInput<OwnershipValue, OwnershipStore> in) {
    Node result = node.getResult();
    if (result != null) {
      OwnershipValue value = valueOf(result, in);
      checkEscape(result, value, node.getTree(), true);
      if (underlying instanceof CFGMethod) {
        ExecutableElement method =
            TreeUtils.elementFromDeclaration(((CFGMethod) underlying).getMethod());
        if (method != null && factory.isUnique(factory.getAnnotatedType(method).getReturnType())) {
          requireUnique(value, result, describe(method));
        }
      }
    }
    return new RegularTransferResult<>(null, in.getRegularStore());
  }

  @Override
  public TransferResult<OwnershipValue, OwnershipStore> visitLambdaResultExpression(
      LambdaResultExpressionNode node, TransferInput<OwnershipValue, OwnershipStore> in) {
    if (underlying instanceof CFGLambda) {
      ExecutableElement function =
          TreeUtils.findFunction(
              ((CFGLambda) underlying).getLambdaTree(), factory.getProcessingEnv());
      if (function != null && function.getReturnType().getKind() != TypeKind.VOID) {
        checkEscape(node.getResult(), valueOf(node.getResult(), in), node.getTree(), true);
      }
    }
    return new RegularTransferResult<>(null, in.getRegularStore());
  }

  // ---- captures ----

  @Override
  public TransferResult<OwnershipValue, OwnershipStore> visitMemberReference(
      FunctionalInterfaceNode node, TransferInput<OwnershipValue, OwnershipStore> in) {
    Tree code = node.getTree();
    Capture capture = capture(in.getRegularStore(), code, code, !isLentAt(code));
    boolean sendable =
        capture.sendable && (capture.crossing != null || boundaries.targetNamesContext(code));
    return result(
        node, sendable ? OwnershipValue.FRESH : OwnershipValue.ALIASED, capture.store, in);
  }

  /** The store after a capture, whether all captures were sendable, and the crossing if any. */
  private static final class Capture {
    OwnershipStore store;
    boolean sendable = true;
    Boundaries.Crossing crossing;
  }

  private Capture capture(OwnershipStore before, Tree code, Tree site, boolean outlives) {
    Capture capture = new Capture();
    capture.store = before;
    capture.crossing = boundaries.crossing(code);
    Captures captures = Captures.of(code);
    Map<VariableElement, OwnershipValue> entry = new HashMap<>();
    for (Map.Entry<VariableElement, Tree> captured : captures.variables().entrySet()) {
      VariableElement variable = captured.getKey();
      OwnershipValue state = stateOf(before, variable);
      // An escape or a use after move is reported once, at the capture; inside, the copy is an
      // ordinary alias.
      boolean escapes = outlives && state.state == Ownership.BORROWED;
      boolean reported = escapes || state.state == Ownership.MOVED;
      entry.put(variable, reported ? state.withState(Ownership.ALIASED, null) : state);
      TypeMirror type = variable.asType();
      if (state.state == Ownership.MOVED) {
        report(site, "unique.moved", variable.getSimpleName(), lineOf(state.movedAt));
        continue;
      }
      if (outlives && Sendability.isCriticalSection(type)) {
        report(site, "cs.escape", variable.getSimpleName());
      }
      if (escapes) {
        report(site, "borrowed.escape", variable.getSimpleName());
      }
      boolean sendableType = sendability.isSendable(type);
      if (capture.crossing != null) {
        if (state.state == Ownership.UNIQUE) {
          capture.store = capture.store.with(variable, state.withState(Ownership.MOVED, site));
        } else if (!sendableType) {
          capture.sendable = false;
          report(
              site,
              "send.unsendable",
              variable.getSimpleName(),
              capture.crossing.from,
              capture.crossing.to,
              type);
        }
      } else {
        capture.sendable &= sendableType || state.state == Ownership.UNIQUE;
        if (outlives && state.state == Ownership.UNIQUE) {
          capture.store = capture.store.with(variable, state.withState(Ownership.ALIASED, null));
        }
      }
    }
    if (captures.thisUse() != null) {
      TypeElement enclosing = boundaries.enclosingClass(code);
      boolean sendableThis =
          enclosing != null
              && (sendability.isSendable(enclosing.asType())
                  || !Sendability.hasInstanceState(enclosing));
      capture.sendable &= sendableThis;
      if (capture.crossing != null && !sendableThis && enclosing != null) {
        report(
            site,
            "send.unsendable",
            "this",
            capture.crossing.from,
            capture.crossing.to,
            enclosing.getSimpleName());
      }
    }
    if (code instanceof LambdaExpressionTree && reporting) {
      lambdaEntries.put((LambdaExpressionTree) code, entry);
    }
    return capture;
  }

  /** Whether the lambda is passed directly where it is only run during the call. */
  private boolean isLentAt(Tree code) {
    TreePath path = boundaries.pathOf(code);
    TreePath site = path == null ? null : CallSites.useSite(path);
    if (site == null || !(site.getLeaf() instanceof MethodInvocationTree)) {
      return false;
    }
    VariableElement parameter = CallSites.parameterOf(site.getLeaf(), code);
    return parameter != null
        && (LendingMethods.lendsArguments(CallSites.callee(site.getLeaf()))
            || isBorrowed(parameter));
  }

  // ---- effects and checks ----

  private OwnershipStore move(OwnershipStore store, OwnershipValue value, Tree site) {
    for (VariableElement source : value.sources) {
      store = store.with(source, OwnershipValue.of(Ownership.MOVED, source, site));
    }
    return store;
  }

  private OwnershipStore alias(OwnershipStore store, OwnershipValue value) {
    if (value.state != Ownership.UNIQUE) {
      return store;
    }
    for (VariableElement source : value.sources) {
      store = store.with(source, OwnershipValue.of(Ownership.ALIASED, source, null));
    }
    return store;
  }

  /** Sends a value across a boundary: moves a unique one, accepts a sendable one. */
  private OwnershipStore send(
      OwnershipStore store, Node valueNode, OwnershipValue value, Tree site, String boundary) {
    if (value.state == Ownership.UNIQUE) {
      return move(store, value, site);
    }
    if (value.state != Ownership.MOVED && !sendability.isSendable(valueNode.getType())) {
      report(
          valueNode.getTree() != null ? valueNode.getTree() : site,
          "send.unsendable",
          describe(valueNode),
          boundaries.contextOf(site),
          boundary,
          valueNode.getType());
    }
    return store;
  }

  private void requireUnique(OwnershipValue value, Node valueNode, Object slot) {
    if (value.state == Ownership.UNIQUE || value.state == Ownership.MOVED) {
      return;
    }
    TypeMirror type = valueNode.getType();
    if (type.getKind() == TypeKind.NULL || sendability.isImmutable(type)) {
      return;
    }
    report(valueNode.getTree(), "unique.required", describe(valueNode), slot);
  }

  /** Reports a borrowed value or a critical section stored, returned or captured. */
  private void checkEscape(Node valueNode, OwnershipValue value, Tree site, boolean checkToken) {
    if (value.state == Ownership.BORROWED) {
      report(site, "borrowed.escape", describe(valueNode));
    }
    if (checkToken && valueNode != null && Sendability.isCriticalSection(valueNode.getType())) {
      report(site, "cs.escape", describe(valueNode));
    }
  }

  private boolean isRecoverable(Node node, OwnershipValue value) {
    return (value.state == Ownership.UNIQUE && value.sources.isEmpty())
        || sendability.isSendable(node.getType());
  }

  // ---- helpers ----

  private OwnershipValue valueOf(Node node, TransferInput<OwnershipValue, OwnershipStore> in) {
    if (node == null) {
      return OwnershipValue.ALIASED;
    }
    OwnershipValue value = in.getValueOfSubNode(node);
    return value == null ? OwnershipValue.ALIASED : value;
  }

  private OwnershipValue stateOf(OwnershipStore store, VariableElement variable) {
    OwnershipValue value = store.get(variable);
    if (value != null) {
      return value;
    }
    Ownership state = factory.isUnique(variable) ? Ownership.UNIQUE : Ownership.ALIASED;
    if (variable.getKind() == ElementKind.PARAMETER && isBorrowed(variable)) {
      state = Ownership.BORROWED;
    }
    return OwnershipValue.of(state, variable, null);
  }

  private boolean isBorrowed(VariableElement parameter) {
    return factory.getDeclAnnotation(parameter, Borrowed.class) != null;
  }

  private static boolean isSynthetic(VariableElement variable) {
    return variable.getSimpleName().toString().indexOf('#') >= 0;
  }

  /**
   * A result whose exceptional successors see the moves too (the callee may have taken the value).
   */
  private TransferResult<OwnershipValue, OwnershipStore> result(
      Node node,
      OwnershipValue value,
      OwnershipStore store,
      TransferInput<OwnershipValue, OwnershipStore> in) {
    RegularTransferResult<OwnershipValue, OwnershipStore> result =
        new RegularTransferResult<>(value, store);
    Block block = node.getBlock();
    if (store != in.getRegularStore() && block instanceof ExceptionBlock) {
      Map<TypeMirror, OwnershipStore> exceptional = new HashMap<>();
      for (TypeMirror cause : ((ExceptionBlock) block).getExceptionalSuccessors().keySet()) {
        exceptional.put(cause, store);
      }
      return new RegularTransferResult<>(value, store, exceptional);
    }
    return result;
  }

  private void report(Tree tree, String key, Object... args) {
    if (reporting && tree != null) {
      reporter.report(tree, key, args);
    }
  }

  private Object lineOf(Tree tree) {
    return tree == null ? "?" : reporter.lineOf(tree);
  }

  private static String describe(Node node) {
    if (node == null || node.getTree() == null) {
      return String.valueOf(node);
    }
    return node.getTree().toString();
  }

  private static String describe(ExecutableElement method) {
    String owner = method.getEnclosingElement().getSimpleName().toString();
    return method.getKind() == ElementKind.CONSTRUCTOR
        ? "new " + owner + "(...)"
        : owner + "." + method.getSimpleName() + "(...)";
  }

  private static String describeField(VariableElement field) {
    return field.getEnclosingElement().getSimpleName() + "." + field.getSimpleName();
  }

  private static String describe(ExecutableElement method, VariableElement parameter) {
    String name = describe(method);
    return name.substring(0, name.length() - "...)".length()) + parameter.getSimpleName() + ")";
  }
}
