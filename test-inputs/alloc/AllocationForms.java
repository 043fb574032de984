import dev.ectx.annotations.AllocationFree;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

// Each form of allocation, once, in @AllocationFree methods.
class AllocationForms {
  private int count;
  private Integer boxedCount = 0;
  private Object last;
  private final List<Integer> values = new ArrayList<>();
  private final int[] buffer = new int[8];

  @AllocationFree
  void objectCreation() {
    // :: error: [alloc.forbidden]
    last = new StringBuilder();
  }

  @AllocationFree
  void anonymousClass() {
    // :: error: [alloc.forbidden]
    last = new Runnable() {
      @Override
      public void run() {}
    };
  }

  @AllocationFree
  void arrayCreation() {
    // :: error: [alloc.forbidden]
    last = new int[4];
  }

  @AllocationFree
  void arrayInitializer() {
    // :: error: [alloc.forbidden]
    int[] table = {1, 2, 3};
    buffer[0] = table[0];
  }

  @AllocationFree
  void boxingInAssignment() {
    // :: error: [alloc.forbidden]
    last = count;
  }

  @AllocationFree
  void boxingInDeclaration() {
    // :: error: [alloc.forbidden]
    Integer boxed = count;
    last = boxed;
  }

  @AllocationFree
  void boxingInArgument() {
    // :: error: [alloc.forbidden]
    keep(count);
  }

  @AllocationFree
  Object boxingInReturn() {
    // :: error: [alloc.forbidden]
    return count;
  }

  @AllocationFree
  void boxingInCompoundAssignment() {
    // :: error: [alloc.forbidden]
    boxedCount += 2;
  }

  @AllocationFree
  void boxingInIncrement() {
    // :: error: [alloc.forbidden]
    boxedCount++;
  }

  @AllocationFree
  void boxingInCast() {
    // :: error: [alloc.forbidden]
    last = (Object) count;
  }

  @AllocationFree
  void boxingInConditional(boolean flag) {
    // :: error: [alloc.forbidden]
    last = flag ? count : "none";
  }

  @AllocationFree
  void boxingInForEachVariable() {
    // :: error: [alloc.forbidden]
    for (Integer value : buffer) {
      last = value;
    }
  }

  @AllocationFree
  void boxingInLambdaReturn() {
    // :: error: [alloc.forbidden]
    Supplier<Integer> answer = () -> 42;
    last = answer;
  }

  @AllocationFree
  void concatenation(int line) {
    // :: error: [alloc.forbidden]
    last = "line " + line;
  }

  @AllocationFree
  void concatenationOfStrings(String name) {
    // :: error: [alloc.forbidden]
    last = name + name;
  }

  @AllocationFree
  void compoundConcatenation(String name) {
    String text = "irq";
    // :: error: [alloc.forbidden]
    text += name;
    last = text;
  }

  @AllocationFree
  void capturingLambdaOfLocal(int line) {
    // :: error: [alloc.forbidden]
    IntSupplier supplier = () -> line;
    last = supplier;
  }

  @AllocationFree
  void capturingLambdaOfThis() {
    // :: error: [alloc.forbidden]
    IntSupplier supplier = () -> count;
    last = supplier;
  }

  @AllocationFree
  void capturingMethodReference() {
    // :: error: [alloc.forbidden]
    IntSupplier supplier = this::counted;
    last = supplier;
  }

  @AllocationFree
  void varargsCall() {
    // :: error: [alloc.forbidden]
    sum(1, 2, 3);
  }

  @AllocationFree
  void varargsCallWithNoArguments() {
    // :: error: [alloc.forbidden]
    sum();
  }

  @AllocationFree
  void forEachOverIterable() {
    // :: error: [alloc.forbidden]
    for (int value : values) {
      count += value;
    }
  }

  @AllocationFree
  void callToJdkMethod(Integer value) {
    // :: error: [alloc.forbidden]
    values.add(value);
  }

  @AllocationFree
  void callToUnannotatedMethod() {
    // :: error: [alloc.forbidden]
    count = notAllocationFree();
  }

  @AllocationFree
  void constructorReference() {
    // :: error: [alloc.forbidden]
    Supplier<Object> factory = Object::new;
    last = factory;
  }

  @AllocationFree
  void throwingNewException() {
    if (count < 0) {
      // :: error: [alloc.forbidden]
      throw new IllegalStateException();
    }
  }

  @AllocationFree
  void keep(Object value) {
    last = value;
  }

  @AllocationFree
  int counted() {
    return count;
  }

  @AllocationFree
  int sum(int... terms) {
    int total = 0;
    for (int term : terms) {
      total += term;
    }
    return total;
  }

  int notAllocationFree() {
    return count;
  }
}

class ParenthesizedConcatenation {
  private String text;

  @AllocationFree
  void once(int a, int b) {
    // :: error: [alloc.forbidden]
    text = ("a=" + a) + (", b=" + b);
  }
}
