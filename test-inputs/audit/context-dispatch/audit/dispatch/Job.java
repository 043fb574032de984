package audit.dispatch;

/** Unannotated, implemented in two contexts: a call of run() may reach either. */
public interface Job {
  void run();
}
