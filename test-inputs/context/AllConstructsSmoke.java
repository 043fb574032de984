import dev.ectx.annotations.ExecutionContext;

// Smoke input: annotated code with nothing wrong checks clean.
@ExecutionContext("kernel")
class AllConstructsSmoke {
  private int count;

  void tick() {
    count++;
  }
}
