import dev.ectx.annotations.AllocationFree;

// A record's generated accessors only return a field; an accessor written by hand is checked
// like any other method.
record Sample(int line, long stamp) {
  int doubled() {
    return line * 2;
  }
}

class RecordReader {
  @AllocationFree
  long read(Sample sample) {
    return sample.line() + sample.stamp();
  }

  @AllocationFree
  int readWritten(Sample sample) {
    // :: error: [alloc.forbidden]
    return sample.doubled();
  }
}
