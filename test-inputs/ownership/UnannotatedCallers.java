import dev.ectx.annotations.Unique;
import dev.ectx.cells.CriticalSection;

// An API that takes unique buffers: its annotations are all a caller needs.
class BufferSink {
  void send(byte @Unique [] buffer) {}
}

// A caller that writes no ectx annotation does not opt in, but its uses of annotated APIs and of
// ectx's types are checked all the same.
class UnannotatedCallers {
  private CriticalSection saved;

  void sendTwice(BufferSink sink) {
    byte[] buffer = new byte[8];
    sink.send(buffer);
    // :: error: [unique.moved]
    sink.send(buffer);
  }

  void sendFreshEachTime(BufferSink sink) {
    sink.send(new byte[8]);
    sink.send(new byte[8]);
  }

  void keep(CriticalSection cs) {
    // :: error: [cs.escape]
    saved = cs;
  }

  void passOn(CriticalSection cs) {
    use(cs);
  }

  private void use(CriticalSection cs) {}

  // Touches nothing of ectx's: not analysed at all.
  StringBuilder plain(StringBuilder text) {
    StringBuilder alias = text;
    alias.append(text.length());
    return alias;
  }
}
