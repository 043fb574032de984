import dev.ectx.annotations.AnyContext;
import dev.ectx.annotations.ExecutionContext;
import dev.ectx.annotations.Immutable;
import dev.ectx.annotations.Shared;
import dev.ectx.annotations.Trusted;
import dev.ectx.annotations.Unique;
import java.util.concurrent.atomic.AtomicReference;

// send.unsendable at each boundary: a capture by code of another context, an argument of a
// @Shared method, a store into a static or into a @Shared object.
@Shared
final class SendQueue {
  private final AtomicReference<Object> slot = new AtomicReference<>();
  public volatile int count;
  public final AtomicReference<Object> exposed = new AtomicReference<>();

  @AnyContext
  void post(Object item) {
    slot.set(item);
  }

  @AnyContext
  void postTask(@ExecutionContext("kernel") Runnable task) {
    slot.set(task);
  }
}

@Immutable
final class SendReading {
  final int celsius;

  SendReading(int celsius) {
    this.celsius = celsius;
  }
}

@ExecutionContext("kernel")
final class SendLed {
  private boolean on;

  void toggle() {
    on = !on;
  }
}

final class SendPlatform {
  static void onInterrupt(@ExecutionContext("irq") Runnable handler) {}
}

final class SendMutable {
  int value;
}

final class SendGlobals {
  // :: error: [context.static]
  static Object last;

  @AnyContext
  static void reset() {}
}

// Safe: only a test double; the field is written once at start-up.
@Trusted
@Shared
final class SendMailbox {
  public Object item;
}

@ExecutionContext("kernel")
final class Sending {
  private static Object lastSent;
  private final SendMailbox mailbox = new SendMailbox();
  private final SendQueue queue;
  private final SendLed led = new SendLed();

  Sending(SendQueue queue) {
    this.queue = queue;
  }

  void capturedByIrqLambda(int[] counter) {
    int[] local = counter;
    // :: error: [send.unsendable]
    SendPlatform.onInterrupt(() -> local[0]++);
  }

  void argumentOfSharedMethod() {
    byte[] buf = new byte[4];
    byte[] alias = buf;
    // :: error: [send.unsendable]
    queue.post(buf);
    alias[0] = 1;
  }

  void storedIntoStatic(SendMutable m) {
    // :: error: [send.unsendable]
    SendGlobals.last = m;
  }

  void storedIntoSharedObject(SendMutable m) {
    // :: error: [send.unsendable]
    mailbox.item = m;
  }

  void movedIntoIrqThenUsed() {
    byte[] buf = new byte[4];
    SendPlatform.onInterrupt(() -> buf[0]++);
    // :: error: [unique.moved]
    buf[1] = 2;
  }

  void capturedInLoop(int n) {
    byte[] buf = new byte[4];
    for (int i = 0; i < n; i++) {
      // :: error: [unique.moved]
      SendPlatform.onInterrupt(() -> buf[0]++);
    }
  }

  // Look-alikes that must not fire.

  void freshLoopVariableCaptured(int n) {
    for (int i = 0; i < n; i++) {
      byte[] buf = new byte[4];
      SendPlatform.onInterrupt(() -> buf[0]++);
    }
  }

  void confinedReferenceIsSendable() {
    SendLed l = led;
    SendPlatform.onInterrupt(() -> queue.post(l));
  }

  void uniqueMovedAcross() {
    byte[] buf = new byte[4];
    SendPlatform.onInterrupt(() -> buf[0]++);
  }

  void immutableAndPrimitives() {
    SendReading reading = new SendReading(21);
    String name = "temp";
    int n = 3;
    SendPlatform.onInterrupt(() -> queue.post(name + reading.celsius + n));
  }

  void freshValueToSharedMethod() {
    queue.post(new SendReading(20));
    queue.post(new byte[8]);
    SendGlobals.last = new SendReading(22);
    lastSent = new SendMutable();
    mailbox.item = "text";
  }

  void contextTypedLambdaToSharedMethod() {
    SendLed l = led;
    queue.postTask(() -> l.toggle());
  }

  void sameContextCaptureIsFine(int[] counter) {
    int[] local = counter;
    Runnable r = () -> local[0]++;
    r.run();
  }

  static void boot(@Unique SendMutable fresh) {
    lastSent = fresh;
  }
}

// Lambdas in field initialisers and initialiser blocks cross contexts like those in methods.
final class SendInitializers {
  private final int[] counts = new int[4];

  // :: error: [send.unsendable]
  private final @ExecutionContext("irq") Runnable countsInIrq = () -> counts[0]++;

  private final Runnable countsHere = () -> counts[1]++;

  {
    int[] local = new int[1];
    int[] alias = local;
    // :: error: [send.unsendable]
    SendPlatform.onInterrupt(() -> alias[0]++);
  }

  {
    int[] fresh = new int[1];
    SendPlatform.onInterrupt(() -> fresh[0]++);
  }

  static {
    SendPlatform.onInterrupt(() -> {});
  }
}
