package dev.ectx.kernel;

import dev.ectx.annotations.ExecutionContext;

/** The architecture's execution state of one process incarnation; opaque to the kernel. */
@ExecutionContext("kernel")
public interface ProcessContext {}
