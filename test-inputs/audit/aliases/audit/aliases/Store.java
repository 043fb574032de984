package audit.aliases;

import androidx.annotation.AnyThread;
import androidx.annotation.WorkerThread;

/** Loads data on the worker thread. */
public final class Store {
  final FrameStats shared = new FrameStats();
  final PlainStats plain = new PlainStats();

  @WorkerThread
  public void load() {
    shared.frames++;
    plain.frames++;
  }

  @AnyThread
  public int size() {
    return 0;
  }
}
