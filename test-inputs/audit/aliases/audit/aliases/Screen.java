package audit.aliases;

import androidx.annotation.UiThread;

/** Draws on the UI thread, and wrongly loads through an unannotated cache. */
public final class Screen {
  private final Store store = new Store();

  @UiThread
  public void draw() {
    store.shared.frames++;
    store.plain.frames++;
    Cache.fill(store);
  }
}
