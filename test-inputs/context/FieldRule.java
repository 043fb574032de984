import dev.ectx.annotations.AnyContext;
import dev.ectx.annotations.ExecutionContext;
import dev.ectx.annotations.Shared;
import java.util.concurrent.atomic.AtomicInteger;

// context.field: code of one context touches a field of an object confined to another.
@Shared
final class FieldPending {
  private final AtomicInteger bits = new AtomicInteger();

  @AnyContext
  void mark(int line) {
    bits.getAndUpdate(b -> b | (1 << line));
  }
}

@ExecutionContext("kernel")
class FieldUart {
  int sent;
  final int irqLine = 2;
  final FieldPending pending = new FieldPending();

  @AnyContext
  int peek() {
    // :: error: [context.field]
    return sent;
  }

  @AnyContext
  int line() {
    return irqLine;
  }

  void transmit() {
    sent++;
  }
}

class FieldPlain {
  int value;
}

class FieldUsers {
  @ExecutionContext("irq")
  void onIrq(FieldUart uart, FieldPlain plain) {
    // :: error: [context.field]
    uart.sent = 0;
    // :: error: [context.field]
    int s = uart.sent;
    int line = uart.irqLine;
    uart.pending.mark(line);
    plain.value = s;
    Class<?> type = FieldUart.class;
  }

  @ExecutionContext("kernel")
  void inKernel(FieldUart uart) {
    uart.sent += 1;
  }

  @ExecutionContext("boot")
  void inBoot(FieldUart uart) {
    uart.sent = 0;
  }

  int unannotated(FieldUart uart, FieldPlain plain) {
    // :: error: [context.field]
    return uart.sent + plain.value;
  }
}
