package audit.dispatch;

/** Unannotated, implemented once, in kernel: a call of sample() can only reach that. */
public interface Probe {
  int sample();
}
