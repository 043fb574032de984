import dev.ectx.annotations.ExecutionContext;
import dev.ectx.annotations.MutAlias;
import dev.ectx.cells.MapCell;

// mutalias.variant: the paper's case 4 ("does not work for enums"): a field of a sum type whose
// variant carries mutable state; an alias into the Busy variant's buffer survives a switch to
// Idle. Hold such a value in a MapCell, which only lends it.
sealed interface UartState permits UartState.Idle, UartState.Busy {
  record Idle() implements UartState {}

  record Busy(byte[] buffer, int sent) implements UartState {}
}

sealed interface Reading permits Reading.Celsius, Reading.Missing {
  record Celsius(int hundredths) implements Reading {}

  record Missing(String why) implements Reading {}
}

sealed interface Job permits Job.Queued, Job.Running {
  final class Queued implements Job {}

  final class Running implements Job {
    final int[] registers = new int[16];
  }
}

abstract sealed class Link permits Link.Up, Link.Down {
  static final class Up extends Link {
    final StringBuilder peer = new StringBuilder();
  }

  static final class Down extends Link {}
}

@ExecutionContext("kernel")
final class UartDriver {
  // :: error: [mutalias.variant]
  private UartState state = new UartState.Idle();
  private final MapCell<UartState> guarded = new MapCell<>(new UartState.Idle());
  private Reading last = new Reading.Missing("boot");

  void start(byte[] buffer) {
    state = new UartState.Busy(buffer, 0);
  }
}

@MutAlias
final class Scheduler {
  // :: error: [mutalias.variant]
  private Job current = new Job.Queued();
  private final MapCell<Job> next = MapCell.empty();
  private final Reading.Celsius threshold = new Reading.Celsius(8000);
}

@ExecutionContext("kernel")
final class Radio {
  // :: error: [mutalias.variant]
  private Link link = new Link.Down();
  private final MapCell<Link> guardedLink = new MapCell<>(new Link.Down());
  private final Reading latest = new Reading.Celsius(2100);
}
