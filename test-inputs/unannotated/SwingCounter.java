package unannotated;

import javax.swing.SwingUtilities;

// A Swing-style counter updated from a background thread: unannotated, so no diagnostic.
public class SwingCounter implements Runnable {
  private static SwingCounter instance;
  private int clicks;

  public static SwingCounter get() {
    if (instance == null) {
      instance = new SwingCounter();
    }
    return instance;
  }

  @Override
  public void run() {
    clicks++;
  }

  public void clickFromWorker() {
    new Thread(() -> SwingUtilities.invokeLater(this)).start();
    SwingUtilities.invokeLater(() -> clicks++);
  }

  @Override
  public String toString() {
    return "clicks=" + clicks;
  }
}
