import dev.ectx.annotations.AnyContext;
import dev.ectx.annotations.ExecutionContext;
import java.util.List;
import java.util.function.IntBinaryOperator;
import java.util.function.Supplier;
import java.util.stream.Collectors;

// Lambdas, method and constructor references, streams, functional interfaces with contexts.
@ExecutionContext("kernel")
@FunctionalInterface
interface ConstructsKernelTask {
  void run(int arg);

  default ConstructsKernelTask twice() {
    return x -> {
      run(x);
      run(x);
    };
  }
}

@ExecutionContext("kernel")
final class ConstructsLambdas {
  private int total;

  void add(int x) {
    total += x;
  }

  @AnyContext
  static int plus(int a, int b) {
    return a + b;
  }

  String render(List<Integer> values) {
    ConstructsKernelTask task = this::add;
    task.twice().run(2);
    IntBinaryOperator op = ConstructsLambdas::plus;
    Supplier<StringBuilder> fresh = StringBuilder::new;
    values.forEach(v -> add(v));
    Runnable[] later = new Runnable[1];
    later[0] = () -> add(1);
    later[0].run();
    return values.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"))
        + op.applyAsInt(1, 2)
        + fresh.get();
  }
}
