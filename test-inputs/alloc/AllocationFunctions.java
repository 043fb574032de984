import dev.ectx.annotations.AllocationFree;
import java.util.function.IntUnaryOperator;

// Lambdas and method references: creation, and the code they run.
@FunctionalInterface
interface IrqCallback {
  @AllocationFree
  void fire(int line);
}

class AllocationFunctions {
  private int last;
  private final int[] counts = new int[8];

  // A lambda implementing an @AllocationFree method is checked, wherever it is written.
  IrqCallback allocatingBody() {
    // :: error: [alloc.forbidden]
    return line -> System.out.println(line);
  }

  IrqCallback cleanBody() {
    return line -> counts[line & 7]++;
  }

  // Its creation may allocate here: the enclosing method is not allocation-free.
  IrqCallback capturingOutsideAllocationFreeCode() {
    return line -> last = line;
  }

  // A method reference implementing it must name an allocation-free method.
  IrqCallback referenceToAllocatingMethod() {
    // :: error: [alloc.forbidden]
    return AllocationFunctions::print;
  }

  IrqCallback referenceToAllocationFreeMethod() {
    return AllocationFunctions::ignore;
  }

  // Calling an allocation-free functional method is fine; calling an ordinary one is not.
  @AllocationFree
  void dispatch(IrqCallback callback, int line) {
    callback.fire(line);
  }

  @AllocationFree
  void dispatchRunnable(Runnable task) {
    // :: error: [alloc.forbidden]
    task.run();
  }

  // Lambdas written in allocation-free code run there, so their bodies are checked too.
  @AllocationFree
  int nestedClean(int value) {
    IntUnaryOperator twice = v -> v * 2;
    return value + counts[value & 7];
  }

  @AllocationFree
  void nestedAllocating() {
    Runnable task =
        () -> {
          // :: error: [alloc.forbidden]
          Object created = new Object();
        };
    dispatch(AllocationFunctions::ignore, 0);
  }

  // An @AllocationFree method taking a functional argument may call it: an existing object,
  // whose body cannot be seen here, is reported; a lambda written at the call is checked.
  @AllocationFree
  void runNow(IntUnaryOperator operator) {}

  @AllocationFree
  void passExisting(IntUnaryOperator operator) {
    // :: error: [alloc.forbidden]
    runNow(operator);
  }

  @AllocationFree
  void passLambda() {
    runNow(v -> v + 1);
  }

  static void print(int line) {
    System.out.println(line);
  }

  @AllocationFree
  static void ignore(int line) {}
}
