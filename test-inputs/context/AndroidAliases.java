import androidx.annotation.AnyThread;
import androidx.annotation.MainThread;
import androidx.annotation.UiThread;
import dev.ectx.annotations.ExecutionContext;

// Android's thread annotations are context aliases: @UiThread/@MainThread = ui,
// @WorkerThread = worker, @AnyThread = @AnyContext.
class AndroidView {
  @UiThread
  void invalidate() {}

  @MainThread
  void setText(String text) {}

  @AnyThread
  void postInvalidate() {}

  @androidx.annotation.WorkerThread
  String load() {
    return "";
  }

  @android.support.annotation.WorkerThread
  String decode() {
    return "";
  }

  @ExecutionContext("ui")
  void layout() {}
}

class AndroidActivity {
  @androidx.annotation.WorkerThread
  void background(AndroidView view) {
    // :: error: [context.call]
    view.invalidate();
    // :: error: [context.call]
    view.setText("x");
    view.postInvalidate();
    view.decode();
  }

  @UiThread
  void onClick(AndroidView view) {
    view.invalidate();
    view.setText("y");
    view.layout();
    // :: error: [context.call]
    view.load();
  }
}
