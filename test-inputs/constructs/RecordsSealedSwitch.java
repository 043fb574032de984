import dev.ectx.annotations.ExecutionContext;

// Records (compact constructors), sealed interfaces, switch expressions, pattern instanceof,
// text blocks and enums with bodies.
sealed interface ConstructsShape permits ConstructsCircle, ConstructsSquare {}

record ConstructsCircle(int radius) implements ConstructsShape {
  ConstructsCircle {
    if (radius < 0) {
      throw new IllegalArgumentException("radius");
    }
  }
}

record ConstructsSquare(int side) implements ConstructsShape {}

enum ConstructsMode {
  IDLE {
    @Override
    int weight() {
      return 0;
    }
  },
  BUSY {
    @Override
    int weight() {
      return 2;
    }
  };

  abstract int weight();
}

@ExecutionContext("kernel")
final class ConstructsGeometry {
  private static final String HELP =
      """
      area: circles and squares
      """;

  int area(ConstructsShape shape) {
    if (shape instanceof ConstructsCircle c) {
      return 3 * c.radius() * c.radius();
    }
    return shape instanceof ConstructsSquare s ? s.side() * s.side() : 0;
  }

  int weigh(ConstructsMode mode) {
    switch (mode) {
      case IDLE:
        return HELP.length();
      default:
        return switch (mode) {
          case BUSY -> mode.weight();
          case IDLE -> 0;
        };
    }
  }

  String label(int code) {
    return switch (code) {
      case 0 -> "zero";
      case 1, 2 -> {
        String s = "small";
        yield s;
      }
      default -> "many";
    };
  }
}
