import dev.ectx.annotations.Immutable;
import java.time.Instant;
import java.util.List;

// immutable.field: an @Immutable class with a non-final field or a field of a mutable type.
@Immutable
final class Sample {
  // :: error: [immutable.field]
  private int value;
  // :: error: [immutable.field]
  private final int[] history = new int[4];
  // :: error: [immutable.field]
  private final List<String> tags = List.of();
  private final long timestamp = 0;

  Sample(int value) {
    this.value = value;
  }
}

@net.jcip.annotations.Immutable
final class JcipSample {
  // :: error: [immutable.field]
  private final StringBuilder text = new StringBuilder();
}

enum Unit {
  CELSIUS,
  KELVIN
}

record Point(int x, int y) {}

// Look-alikes that must not fire: every field final and of an implicitly immutable type.
@Immutable
final class Measurement {
  private final int celsius;
  private final String sensor;
  private final Instant at;
  private final Unit unit;
  private final Point where;
  private final Sample nested;
  private final Integer boxed;

  Measurement(int celsius, String sensor, Instant at, Unit unit, Point where, Sample nested) {
    this.celsius = celsius;
    this.sensor = sensor;
    this.at = at;
    this.unit = unit;
    this.where = where;
    this.nested = nested;
    this.boxed = celsius;
  }
}

@com.google.errorprone.annotations.Immutable
final class ErrorProneSample {
  private final String name = "x";
}

@Immutable
record Config(String name, int baud) {}
