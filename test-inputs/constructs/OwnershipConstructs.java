import dev.ectx.annotations.Borrowed;
import dev.ectx.annotations.ExecutionContext;
import dev.ectx.annotations.Immutable;
import dev.ectx.annotations.MutAlias;
import dev.ectx.annotations.Unique;
import dev.ectx.cells.MapCell;
import dev.ectx.cells.TakeCell;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

// Ownership and structure rules over generics, inner classes, records, sealed types, switch
// expressions, lambdas and unusual control flow: everything here is legal and must check clean.
@ExecutionContext("kernel")
final class OwnershipConstructs<T> {
  private final TakeCell<byte[]> buffer = new TakeCell<>();
  private final MapCell<Mode> mode = new MapCell<>(new Mode.Off());
  private final TakeCell<T> slot = new TakeCell<>();
  private final byte @Unique [] scratch = new byte[4];
  private T last;

  sealed interface Mode permits Mode.Off, Mode.On {
    record Off() implements Mode {}

    record On(int level) implements Mode {}
  }

  @Immutable
  record Packet(int id, String payload) {}

  static <E> List<E> copyOf(@Borrowed List<E> items) {
    return new ArrayList<>(items);
  }

  static byte @Unique [] fresh(int n) {
    return new byte[n];
  }

  void generic(@Unique T value) {
    slot.put(value);
    T back = slot.take();
    last = back;
  }

  int switchExpression(int k) {
    byte[] b = fresh(2);
    int r =
        switch (k) {
          case 0 -> b.length;
          case 1 -> {
            buffer.put(b);
            yield 1;
          }
          default -> {
            b[0] = 1;
            buffer.put(b);
            yield 2;
          }
        };
    return r;
  }

  String patterns(Object o) {
    if (o instanceof Packet p && p.id() > 0) {
      return p.payload();
    }
    return o instanceof String s ? s : "";
  }

  void labelledLoops(int n) {
    outer:
    for (int i = 0; i < n; i++) {
      byte[] b = new byte[1];
      int j = 0;
      do {
        if (j == 3) {
          buffer.put(b);
          continue outer;
        }
        if (j == 5) {
          buffer.put(b);
          break outer;
        }
        j++;
      } while (j < 10);
      buffer.put(b);
    }
  }

  int tryWithResources() throws IOException {
    byte[] b = new byte[3];
    try (InputStream in = new ByteArrayInputStream(new byte[] {1, 2, 3})) {
      return in.read(b);
    } catch (IOException e) {
      buffer.put(fresh(b.length));
      throw e;
    } finally {
      scratch[0] = 1;
    }
  }

  void lambdasAndReferences() {
    buffer.map(b -> b[0]++);
    mode.map(m -> last = null);
    Supplier<byte[]> supplier = () -> fresh(8);
    Function<Integer, byte[]> maker = byte[]::new;
    scratch[2] = maker.apply(4)[0];
    Optional.of("x").ifPresent(s -> scratch[0] = (byte) s.length());
    Runnable nested = () -> {
      Runnable inner = () -> buffer.put(new byte[1]);
      inner.run();
    };
    nested.run();
    supplier.get();
  }

  void anonymousAndLocal() {
    byte[] local = new byte[2];
    class Counter {
      int count() {
        return local.length;
      }
    }
    Runnable r =
        new Runnable() {
          @Override
          public void run() {
            scratch[1] = (byte) new Counter().count();
          }
        };
    r.run();
  }

  @MutAlias
  final class Inner {
    private final TakeCell<byte[]> mine = new TakeCell<>();

    void move() {
      byte[] b = buffer.take();
      if (b != null) {
        mine.put(b);
      }
    }
  }

  static int varargs(int... values) {
    return values.length;
  }

  int callVarargs() {
    return varargs(1, 2, 3) + varargs();
  }

  static {
    byte[] b = new byte[1];
    b[0] = 0;
  }
}

enum OwnershipConstructsLevel {
  LOW {
    @Override
    int weight() {
      return 1;
    }
  },
  HIGH {
    @Override
    int weight() {
      return 2;
    }
  };

  abstract int weight();
}
