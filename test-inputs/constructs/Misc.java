import dev.ectx.annotations.DeclareContexts;
import dev.ectx.annotations.ExecutionContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

// Annotation types, varargs, try-with-resources, interfaces with default and static methods,
// initializer blocks, labelled loops, ternaries, arrays, exceptions, and a class-declared context.
@Retention(RetentionPolicy.RUNTIME)
@interface ConstructsTag {
  String value() default "";

  int[] levels() default {1, 2};
}

interface ConstructsSensor {
  int read();

  default int readTwice() {
    return read() + read();
  }

  static ConstructsSensor constant(int v) {
    return () -> v;
  }
}

@DeclareContexts({"sensor"})
@ConstructsTag(value = "misc", levels = {3})
class ConstructsMisc {
  private final int[] table = new int[4];
  private int seen;

  {
    table[0] = 1;
  }

  @ExecutionContext("sensor")
  static int sum(int... values) {
    int total = 0;
    outer:
    for (int v : values) {
      for (int i = 0; i < v; i++) {
        if (i > 10) {
          continue outer;
        }
        total += i;
      }
    }
    return total;
  }

  int firstByte(byte[] data) throws IOException {
    try (InputStream in = new ByteArrayInputStream(data);
        InputStream again = new ByteArrayInputStream(data)) {
      return in.read() + again.read();
    } catch (IOException | RuntimeException e) {
      throw e;
    } finally {
      seen++;
    }
  }

  @ExecutionContext("sensor")
  int sample(ConstructsSensor sensor) {
    Object o = sensor.readTwice() > 0 ? sensor : null;
    int[][] grid = {{1}, {2, 3}};
    return (o == null ? 0 : grid[1][1]) + sum(1, 2, 3) + ConstructsSensor.constant(4).read();
  }
}
