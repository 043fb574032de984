import dev.ectx.annotations.ExecutionContext;

// The paper's case 1, cyclic resources: a network stack used by two drivers that reference it
// and that it references back. All three live in the single-threaded kernel loop, so the
// mutable aliasing is legal: no diagnostic.
@ExecutionContext("kernel")
final class TockNetworkStack {
  private TockRadioDriver radio;
  private TockEthernetDriver ethernet;
  private int packets;

  void attach(TockRadioDriver radio, TockEthernetDriver ethernet) {
    this.radio = radio;
    this.ethernet = ethernet;
  }

  void received(int length) {
    packets++;
    if (length > 127) {
      ethernet.send(length);
    } else {
      radio.send(length);
    }
  }
}

@ExecutionContext("kernel")
final class TockRadioDriver {
  private final TockNetworkStack stack;
  private int sent;

  TockRadioDriver(TockNetworkStack stack) {
    this.stack = stack;
  }

  void send(int length) {
    sent += length;
  }

  void frameArrived(int length) {
    stack.received(length);
  }
}

@ExecutionContext("kernel")
final class TockEthernetDriver {
  private final TockNetworkStack stack;
  private int sent;

  TockEthernetDriver(TockNetworkStack stack) {
    this.stack = stack;
  }

  void send(int length) {
    sent += length;
  }

  void frameArrived(int length) {
    stack.received(length);
  }
}

final class TockCyclicBoard {
  @ExecutionContext("boot")
  static TockNetworkStack wire() {
    TockNetworkStack stack = new TockNetworkStack();
    TockRadioDriver radio = new TockRadioDriver(stack);
    TockEthernetDriver ethernet = new TockEthernetDriver(stack);
    stack.attach(radio, ethernet);
    return stack;
  }
}
