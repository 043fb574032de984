package dev.ectx.kernel;

/**
 * The right to start, stop and restart processes, after Tock's capability of the same name. Only
 * {@link Kernel#mintCapabilities()}, which runs in {@code boot}, creates one.
 */
public final class ProcessManagementCapability {
  final Kernel kernel;

  ProcessManagementCapability(Kernel kernel) {
    this.kernel = kernel;
  }
}
