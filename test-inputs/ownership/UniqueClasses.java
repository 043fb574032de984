import dev.ectx.annotations.ExecutionContext;
import dev.ectx.annotations.Unique;

// A @Unique class: every new of it is unique, and every reference to it is the only one, so
// passing, storing or sending one moves it.
@Unique
final class UcPacket {
  final byte[] payload = new byte[16];
}

final class UcRadio {
  static void transmit(UcPacket packet) {}
  static void onInterrupt(@ExecutionContext("irq") Runnable handler) {}
}

@ExecutionContext("kernel")
final class UniqueClasses {
  void sentTwice() {
    UcPacket packet = new UcPacket();
    UcRadio.transmit(packet);
    // :: error: [unique.moved]
    UcRadio.transmit(packet);
  }

  void aliasedThenUsed() {
    UcPacket packet = new UcPacket();
    UcPacket other = packet;
    // :: error: [unique.moved]
    packet.payload[0] = 1;
    other.payload[1] = 2;
  }

  void sentToIrqThenUsed() {
    UcPacket packet = new UcPacket();
    UcRadio.onInterrupt(() -> packet.payload[0]++);
    // :: error: [unique.moved]
    packet.payload[1] = 2;
  }

  // Look-alikes that must not fire.
  void freshEachTime() {
    UcRadio.transmit(new UcPacket());
    UcRadio.transmit(new UcPacket());
  }

  void usedThenSent() {
    UcPacket packet = new UcPacket();
    packet.payload[0] = 1;
    UcRadio.transmit(packet);
  }

  void sentToIrqOnly() {
    UcPacket packet = new UcPacket();
    UcRadio.onInterrupt(() -> packet.payload[0]++);
  }
}
