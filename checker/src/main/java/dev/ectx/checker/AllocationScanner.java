package dev.ectx.checker;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePathScanner;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.checkerframework.javacutil.TreePathUtil;
import org.checkerframework.javacutil.TreeUtils;
import org.checkerframework.javacutil.TypesUtils;

/**
 * Walks one method body (or field initialiser) and reports what allocates in its allocation-free
 * parts. Allocation-free code may not:
 *
 * <ol>
 *   <li>create an object or an anonymous class instance with {@code new}, or an array (also by an
 *       initialiser {@code {1, 2}});
 *   <li>autobox: a primitive assigned, passed, returned, cast or converted to a reference type, and
 *       {@code ++}, {@code --} or a compound assignment on a boxed variable;
 *   <li>concatenate strings, unless the whole expression is a compile-time constant;
 *   <li>create a capturing lambda, or a method reference with a bound receiver ({@code obj::m},
 *       {@code this::m}, {@code super::m});
 *   <li>call a varargs method without passing the array itself;
 *   <li>run a for-each loop over an {@code Iterable};
 *   <li>call a method or constructor that is not allocation-free ({@link
 *       AllocationRules#isAllocationFree}), or name one (or a constructor) in a method reference
 *       whose body is allocation-free;
 *   <li>pass an allocation-free method a functional object it may call, other than a lambda or
 *       method reference written at the call, when the functional-interface method is not
 *       allocation-free: the body of an object made elsewhere cannot be checked.
 * </ol>
 *
 * <p>Lambda bodies are checked with the scope {@link AllocationRules#functionAllocationFreeBecause}
 * gives them. Nested and local class bodies are not entered: the visitor checks each class.
 */
final class AllocationScanner extends TreePathScanner<Void, Void> {
  private final AllocationRules rules;
  private final ProcessingEnvironment env;

  /** Why the code being scanned is allocation-free; {@code null} where it may allocate. */
  private String where;

  /**
   * A scanner for code that is allocation-free because of {@code where}.
   *
   * @param rules the rule, for its policy and reports
   * @param where why the code is allocation-free, or {@code null} if it may allocate
   */
  AllocationScanner(AllocationRules rules, String where) {
    this.rules = rules;
    this.env = rules.checker().getProcessingEnvironment();
    this.where = where;
  }

  @Override
  public Void visitClass(ClassTree tree, Void p) {
    return null;
  }

  @Override
  public Void visitAnnotation(AnnotationTree tree, Void p) {
    return null;
  }

  @Override
  public Void visitNewClass(NewClassTree tree, Void p) {
    if (where != null) {
      String type = simpleName(TreeUtils.typeOf(tree.getIdentifier()));
      if (tree.getClassBody() != null) {
        report(tree, "anonymous", "new", type);
      } else {
        report(tree, "new", "new", type);
      }
    }
    scan(tree.getEnclosingExpression(), p);
    return scan(tree.getArguments(), p);
  }

  @Override
  public Void visitNewArray(NewArrayTree tree, Void p) {
    if (where != null) {
      report(tree, "array", "array", simpleName(TreeUtils.typeOf(tree)));
    }
    scan(tree.getDimensions(), p);
    return scan(tree.getInitializers(), p);
  }

  @Override
  public Void visitMethodInvocation(MethodInvocationTree tree, Void p) {
    if (where != null) {
      ExecutableElement callee = TreeUtils.elementFromUse(tree);
      ExpressionTree receiver = TreeUtils.getReceiverTree(tree);
      if (receiver != null && isArrayClone(callee, TreeUtils.typeOf(receiver))) {
        report(tree, "call", "call", simpleName(TreeUtils.typeOf(receiver)) + ".clone");
      } else if (!rules.isAllocationFree(callee)) {
        report(tree, "call", "call", AllocationRules.describe(callee));
      } else {
        if (TreeUtils.isVarargsCall(tree)) {
          report(tree, "varargs", "varargs", AllocationRules.describe(callee));
        }
        checkArguments(tree, callee);
      }
    }
    return super.visitMethodInvocation(tree, p);
  }

  /** An array's {@code clone()}: it copies the array, and its owner is javac's synthetic class. */
  private static boolean isArrayClone(ExecutableElement callee, TypeMirror receiverType) {
    return callee.getSimpleName().contentEquals("clone")
        && receiverType.getKind() == TypeKind.ARRAY;
  }

  /** Boxing of arguments, and functional objects the allocation-free callee may call. */
  private void checkArguments(MethodInvocationTree call, ExecutableElement callee) {
    List<? extends ExpressionTree> arguments = call.getArguments();
    boolean spread = TreeUtils.isVarargsCall(call);
    int last = callee.getParameters().size() - 1;
    for (int i = 0; i < arguments.size(); i++) {
      TypeMirror parameter = CallSites.parameter(callee, i).asType();
      if (spread && i >= last) {
        parameter = ((ArrayType) parameter).getComponentType();
      }
      checkBoxing(arguments.get(i), parameter);
      checkFunctionalArgument(arguments.get(i), parameter, callee);
    }
  }

  private void checkFunctionalArgument(
      ExpressionTree argument, TypeMirror parameter, ExecutableElement callee) {
    if (!TypesUtils.isFunctionalInterface(parameter, env)) {
      return;
    }
    Tree.Kind kind = TreeUtils.withoutParens(argument).getKind();
    if (kind == Tree.Kind.LAMBDA_EXPRESSION
        || kind == Tree.Kind.MEMBER_REFERENCE
        || kind == Tree.Kind.NULL_LITERAL) {
      return;
    }
    ExecutableElement function = TypesUtils.findFunction(parameter, env);
    if (!rules.isAllocationFree(function)) {
      report(
          argument,
          "opaque",
          "opaque",
          AllocationRules.describe(callee),
          simpleName(parameter),
          AllocationRules.describe(function));
    }
  }

  @Override
  public Void visitLambdaExpression(LambdaExpressionTree tree, Void p) {
    String outer = where;
    if (outer != null) {
      String captured = Captures.of(tree).firstRuntimeCapture();
      if (captured != null) {
        report(tree, "lambda", "lambda", captured);
      }
    }
    where = rules.functionAllocationFreeBecause(getCurrentPath(), outer);
    try {
      if (where != null && tree.getBodyKind() == LambdaExpressionTree.BodyKind.EXPRESSION) {
        checkBoxing((ExpressionTree) tree.getBody(), functionReturnType(tree));
      }
      return super.visitLambdaExpression(tree, p);
    } finally {
      where = outer;
    }
  }

  @Override
  public Void visitMemberReference(MemberReferenceTree tree, Void p) {
    if (where != null && hasBoundReceiver(tree)) {
      report(tree, "methodref", "methodref", tree.toString());
    } else {
      String functionWhere = rules.functionAllocationFreeBecause(getCurrentPath(), where);
      if (functionWhere != null) {
        checkReferenced(tree, functionWhere);
      }
    }
    return super.visitMemberReference(tree, p);
  }

  /** {@code obj::m}, {@code this::m}, {@code super::m}: the receiver is captured. */
  private static boolean hasBoundReceiver(MemberReferenceTree tree) {
    if (tree.getMode() == MemberReferenceTree.ReferenceMode.NEW) {
      return false;
    }
    ExpressionTree qualifier = TreeUtils.withoutParens(tree.getQualifierExpression());
    switch (qualifier.getKind()) {
      case PARAMETERIZED_TYPE:
      case ARRAY_TYPE:
      case ANNOTATED_TYPE:
      case PRIMITIVE_TYPE:
        return false;
      case IDENTIFIER:
      case MEMBER_SELECT:
        Element element = TreeUtils.elementFromTree(qualifier);
        return element == null || !(element.getKind().isClass() || element.getKind().isInterface());
      default:
        return true;
    }
  }

  private void checkReferenced(MemberReferenceTree tree, String functionWhere) {
    if (tree.getMode() == MemberReferenceTree.ReferenceMode.NEW) {
      reportIn(functionWhere, tree, "constructorref", "constructorref", tree.toString());
      return;
    }
    ExecutableElement referenced = TreeUtils.elementFromUse(tree);
    TypeMirror qualifier = TreeUtils.typeOf(tree.getQualifierExpression());
    if (isArrayClone(referenced, qualifier)) {
      reportIn(functionWhere, tree, "reference", "call", simpleName(qualifier) + ".clone");
    } else if (!rules.isAllocationFree(referenced)) {
      reportIn(functionWhere, tree, "reference", "call", AllocationRules.describe(referenced));
    }
  }

  @Override
  public Void visitReturn(ReturnTree tree, Void p) {
    if (where != null && tree.getExpression() != null) {
      Tree function = TreePathUtil.enclosingMethodOrLambda(getCurrentPath());
      TypeMirror returnType =
          function instanceof MethodTree
              ? TreeUtils.elementFromDeclaration((MethodTree) function).getReturnType()
              : functionReturnType((LambdaExpressionTree) function);
      checkBoxing(tree.getExpression(), returnType);
    }
    return super.visitReturn(tree, p);
  }

  private TypeMirror functionReturnType(LambdaExpressionTree lambda) {
    return TypesUtils.findFunctionType(TreeUtils.typeOf(lambda), env).getReturnType();
  }

  @Override
  public Void visitVariable(VariableTree tree, Void p) {
    if (where != null && tree.getInitializer() != null) {
      checkBoxing(tree.getInitializer(), TreeUtils.typeOf(tree));
    }
    return super.visitVariable(tree, p);
  }

  @Override
  public Void visitAssignment(AssignmentTree tree, Void p) {
    if (where != null) {
      checkBoxing(tree.getExpression(), TreeUtils.typeOf(tree.getVariable()));
    }
    return super.visitAssignment(tree, p);
  }

  @Override
  public Void visitCompoundAssignment(CompoundAssignmentTree tree, Void p) {
    if (where != null) {
      if (TreeUtils.isStringCompoundConcatenation(tree)) {
        report(tree, "concat", "concat");
      } else {
        checkReboxing(tree, tree.getVariable());
      }
    }
    return super.visitCompoundAssignment(tree, p);
  }

  @Override
  public Void visitUnary(UnaryTree tree, Void p) {
    if (where != null) {
      switch (tree.getKind()) {
        case PREFIX_INCREMENT:
        case PREFIX_DECREMENT:
        case POSTFIX_INCREMENT:
        case POSTFIX_DECREMENT:
          checkReboxing(tree, tree.getExpression());
          break;
        default:
          break;
      }
    }
    return super.visitUnary(tree, p);
  }

  /** {@code boxed++} and {@code boxed += 1} unbox, compute and box the result again. */
  private void checkReboxing(Tree operation, ExpressionTree variable) {
    TypeMirror type = TreeUtils.typeOf(variable);
    if (TypesUtils.isBoxedPrimitive(type)) {
      PrimitiveType primitive = env.getTypeUtils().unboxedType(type);
      report(operation, "boxing", "boxing", primitive, simpleName(type));
    }
  }

  @Override
  public Void visitBinary(BinaryTree tree, Void p) {
    if (where != null
        && TreeUtils.isStringConcatenation(tree)
        && !TreeUtils.isStringConcatenation(CallSites.useSite(getCurrentPath()).getLeaf())
        && !TreeUtils.isCompileTimeString(tree)) {
      report(tree, "concat", "concat");
    }
    return super.visitBinary(tree, p);
  }

  @Override
  public Void visitConditionalExpression(ConditionalExpressionTree tree, Void p) {
    if (where != null) {
      TypeMirror type = TreeUtils.typeOf(tree);
      checkBoxing(tree.getTrueExpression(), type);
      checkBoxing(tree.getFalseExpression(), type);
    }
    return super.visitConditionalExpression(tree, p);
  }

  @Override
  public Void visitTypeCast(TypeCastTree tree, Void p) {
    if (where != null) {
      checkBoxing(tree.getExpression(), TreeUtils.typeOf(tree));
    }
    return super.visitTypeCast(tree, p);
  }

  @Override
  public Void visitEnhancedForLoop(EnhancedForLoopTree tree, Void p) {
    if (where != null) {
      TypeMirror iterated = TreeUtils.typeOf(tree.getExpression());
      if (iterated.getKind() != TypeKind.ARRAY) {
        report(tree.getExpression(), "foreach", "foreach", simpleName(iterated));
      } else {
        TypeMirror element = ((ArrayType) iterated).getComponentType();
        TypeMirror variable = TreeUtils.typeOf(tree.getVariable());
        if (element.getKind().isPrimitive() && !variable.getKind().isPrimitive()) {
          report(tree.getVariable(), "boxing", "boxing", element, boxName(element, variable));
        }
      }
    }
    return super.visitEnhancedForLoop(tree, p);
  }

  /** Reports {@code expression} if it has a primitive type and {@code target} is a reference. */
  private void checkBoxing(ExpressionTree expression, TypeMirror target) {
    TypeMirror source = TreeUtils.typeOf(expression);
    if (source == null
        || target == null
        || !source.getKind().isPrimitive()
        || target.getKind().isPrimitive()
        || target.getKind() == TypeKind.VOID
        || target.getKind() == TypeKind.NONE
        || target.getKind() == TypeKind.ERROR) {
      return;
    }
    report(expression, "boxing", "boxing", source, boxName(source, target));
  }

  /** The box a primitive goes into: the target itself if it is a box, else the primitive's. */
  private String boxName(TypeMirror primitive, TypeMirror target) {
    if (TypesUtils.isBoxedPrimitive(target)) {
      return simpleName(target);
    }
    return env.getTypeUtils().boxedClass((PrimitiveType) primitive).getSimpleName().toString();
  }

  /**
   * How messages name a type: simple names, no type arguments ({@code ArrayList}, {@code int[]}).
   */
  private static String simpleName(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      return simpleName(((ArrayType) type).getComponentType()) + "[]";
    }
    if (type.getKind() == TypeKind.DECLARED) {
      return ((DeclaredType) type).asElement().getSimpleName().toString();
    }
    return type.toString();
  }

  private void report(Tree tree, String what, String fix, Object... args) {
    reportIn(where, tree, what, fix, args);
  }

  private void reportIn(String scope, Tree tree, String what, String fix, Object... args) {
    rules.reportUse(
        tree, "alloc.forbidden.what." + what, "alloc.forbidden.fix." + fix, scope, args);
  }
}
