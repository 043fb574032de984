package dev.ectx.checker.ownership;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import dev.ectx.checker.ExecutionContextAnnotatedTypeFactory;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.VariableElement;
import org.checkerframework.dataflow.analysis.ForwardAnalysisImpl;
import org.checkerframework.dataflow.analysis.TransferInput;
import org.checkerframework.dataflow.analysis.TransferResult;
import org.checkerframework.dataflow.cfg.ControlFlowGraph;
import org.checkerframework.dataflow.cfg.UnderlyingAST;
import org.checkerframework.dataflow.cfg.block.Block;
import org.checkerframework.dataflow.cfg.block.ExceptionBlock;
import org.checkerframework.dataflow.cfg.block.RegularBlock;
import org.checkerframework.dataflow.cfg.builder.CFGBuilder;
import org.checkerframework.dataflow.cfg.node.Node;

/**
 * Runs the ownership dataflow over one method body (or field initialiser, or initialiser block) and
 * then over each lambda in it (each lambda starting from the states of what it captures), and
 * reports what the rules forbid.
 *
 * <p>Two passes: the fixpoint (no reports, so a loop body seen several times reports once), then
 * one pass over every block from its fixpoint input, with reporting on.
 */
final class OwnershipFlow {
  private final ExecutionContextAnnotatedTypeFactory factory;
  private final Sendability sendability;
  private final Boundaries boundaries;
  private final OwnershipReporter reporter;

  OwnershipFlow(
      ExecutionContextAnnotatedTypeFactory factory,
      Sendability sendability,
      Boundaries boundaries,
      OwnershipReporter reporter) {
    this.factory = factory;
    this.sendability = sendability;
    this.boundaries = boundaries;
    this.reporter = reporter;
  }

  /**
   * Checks the body of {@code method}.
   *
   * @param root the compilation unit
   * @param method a method with a body
   * @param enclosingClass its class
   */
  void check(CompilationUnitTree root, MethodTree method, ClassTree enclosingClass) {
    UnderlyingAST ast = new UnderlyingAST.CFGMethod(method, enclosingClass);
    run(root, ast, Map.of(), false, method, enclosingClass);
  }

  /**
   * Checks a field initialiser or an initialiser block.
   *
   * @param root the compilation unit
   * @param initializer a field declaration with an initialiser, or an initialiser block
   * @param enclosingClass its class
   */
  void checkInitializer(CompilationUnitTree root, Tree initializer, ClassTree enclosingClass) {
    UnderlyingAST ast = new UnderlyingAST.CFGStatement(initializer, enclosingClass);
    run(root, ast, Map.of(), false, null, enclosingClass);
  }

  private void run(
      CompilationUnitTree root,
      UnderlyingAST ast,
      Map<VariableElement, OwnershipValue> captured,
      boolean lendsParameters,
      MethodTree method,
      ClassTree enclosingClass) {
    ControlFlowGraph cfg = CFGBuilder.build(root, ast, false, false, factory.getProcessingEnv());
    OwnershipTransfer transfer =
        new OwnershipTransfer(
            factory, sendability, boundaries, reporter, captured, lendsParameters);
    transfer.noteVarargs(cfg.getAllNodes());
    ForwardAnalysisImpl<OwnershipValue, OwnershipStore, OwnershipTransfer> analysis =
        new ForwardAnalysisImpl<>(transfer);
    analysis.performAnalysis(cfg);
    transfer.startReporting();
    for (Block block : cfg.getDepthFirstOrderedBlocks()) {
      replay(analysis, transfer, block);
    }
    for (LambdaExpressionTree lambda : cfg.getDeclaredLambdas()) {
      Map<VariableElement, OwnershipValue> entry = transfer.lambdaEntries().get(lambda);
      if (entry == null) {
        continue; // unreachable code
      }
      run(
          root,
          new UnderlyingAST.CFGLambda(lambda, enclosingClass, method),
          entry,
          transfer.isLendingLambda(lambda),
          method,
          enclosingClass);
    }
  }

  private static void replay(
      ForwardAnalysisImpl<OwnershipValue, OwnershipStore, OwnershipTransfer> analysis,
      OwnershipTransfer transfer,
      Block block) {
    TransferInput<OwnershipValue, OwnershipStore> input = analysis.getInput(block);
    if (input == null) {
      return;
    }
    Iterable<Node> nodes;
    if (block instanceof RegularBlock) {
      nodes = ((RegularBlock) block).getNodes();
    } else if (block instanceof ExceptionBlock) {
      nodes = List.of(((ExceptionBlock) block).getNode());
    } else {
      return;
    }
    for (Node node : nodes) {
      TransferResult<OwnershipValue, OwnershipStore> result = node.accept(transfer, input);
      input = new TransferInput<>(node, analysis, result);
    }
  }
}
