import dev.ectx.annotations.ExecutionContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

// Generic classes and methods, bounded and wildcard types, in a confined class.
@ExecutionContext("kernel")
final class ConstructsGenerics<T extends Comparable<T>> {
  private T best;

  void offer(T candidate) {
    if (best == null || candidate.compareTo(best) > 0) {
      best = candidate;
    }
  }

  <R> R map(Function<? super T, ? extends R> f) {
    return f.apply(best);
  }

  static <E> List<E> copy(List<? extends E> source) {
    return new ArrayList<>(source);
  }
}
