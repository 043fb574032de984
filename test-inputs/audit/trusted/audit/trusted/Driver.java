package audit.trusted;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.annotations.Trusted;

/** One trusted method among plain ones. */
public final class Driver {
  private final RegisterGlue glue = new RegisterGlue();

  @ExecutionContext("kernel")
  public int poll() {
    return poke() + glue.read(0);
  }

  @Trusted
  int poke() {
    return 1;
  }

  int plain() {
    return 2;
  }
}
