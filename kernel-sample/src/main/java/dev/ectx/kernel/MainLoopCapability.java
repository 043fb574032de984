package dev.ectx.kernel;

/**
 * The right to run the kernel's main loop, after Tock's capability of the same name. Only {@link
 * Kernel#mintCapabilities()}, which runs in {@code boot}, creates one.
 */
public final class MainLoopCapability {
  final Kernel kernel;

  MainLoopCapability(Kernel kernel) {
    this.kernel = kernel;
  }
}
