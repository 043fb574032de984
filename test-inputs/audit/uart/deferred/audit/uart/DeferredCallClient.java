package audit.uart;

/** Whoever a {@link DeferredCall} runs. */
public interface DeferredCallClient {
  void handleDeferredCall();
}
