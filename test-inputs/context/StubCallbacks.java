import dev.ectx.annotations.AnyContext;
import dev.ectx.annotations.ExecutionContext;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import javax.swing.SwingUtilities;

// The stub files give JDK thread-starting APIs' callbacks a context: worker, or ui for Swing.
@ExecutionContext("ui")
class StubWindow {
  private int repaints;

  void repaint() {
    repaints++;
  }
}

@ExecutionContext("worker")
class StubDownloader {
  private int bytes;

  void fetch() {
    bytes++;
  }
}

class StubCallbacks {
  @AnyContext
  static int checksum(int x) {
    return x ^ 0x5a;
  }

  @ExecutionContext("ui")
  void onClick(StubWindow window, StubDownloader downloader, ExecutorService pool) {
    // :: error: [context.call]
    new Thread(() -> window.repaint()).start();
    // :: error: [context.call]
    pool.submit(() -> window.repaint());
    // :: error: [context.call]
    CompletableFuture.runAsync(window::repaint);
    new Thread(() -> downloader.fetch()).start();
    pool.execute(downloader::fetch);
    CompletableFuture.supplyAsync(() -> checksum(3)).thenAcceptAsync(v -> downloader.fetch());
  }

  @ExecutionContext("worker")
  void onDownloaded(StubWindow window, StubDownloader downloader) {
    // :: error: [context.call]
    SwingUtilities.invokeLater(() -> downloader.fetch());
    SwingUtilities.invokeLater(() -> window.repaint());
    SwingUtilities.invokeLater(
        new Runnable() {
          @Override
          public void run() {
            window.repaint();
          }
        });
  }

  // An anonymous Thread's run() runs on the new thread.
  @ExecutionContext("ui")
  void onSave(StubWindow window, StubDownloader downloader) {
    new Thread() {
      @Override
      public void run() {
        // :: error: [context.call]
        window.repaint();
      }
    }.start();
    new Thread("download") {
      @Override
      public void run() {
        downloader.fetch();
      }
    }.start();
  }
}
