import dev.ectx.annotations.ExecutionContext;
import java.util.Comparator;
import java.util.Iterator;

// Inner, static nested, local and anonymous classes; qualified this and outer field access.
@ExecutionContext("kernel")
final class ConstructsInner implements Iterable<Integer> {
  private int size = 3;

  final class Cursor implements Iterator<Integer> {
    private int at;

    @Override
    public boolean hasNext() {
      return at < ConstructsInner.this.size;
    }

    @Override
    public Integer next() {
      return at++;
    }
  }

  static final class Pair {
    final int left;
    final int right;

    Pair(int left, int right) {
      this.left = left;
      this.right = right;
    }
  }

  @Override
  public Iterator<Integer> iterator() {
    return new Cursor();
  }

  int sum() {
    class Adder {
      int total;

      void add(int x) {
        total += x;
      }
    }
    Adder adder = new Adder();
    for (int x : this) {
      adder.add(x);
    }
    Comparator<Pair> byLeft =
        new Comparator<Pair>() {
          @Override
          public int compare(Pair a, Pair b) {
            return Integer.compare(a.left, b.left);
          }
        };
    return adder.total + byLeft.compare(new Pair(1, 2), new Pair(2, 1));
  }
}
