package dev.ectx.kernel;

/**
 * The capabilities that board start-up receives from {@link Kernel#mintCapabilities()}.
 *
 * @param processManagement starts, stops and restarts processes
 * @param mainLoop runs the main loop
 */
public record Capabilities(
    ProcessManagementCapability processManagement, MainLoopCapability mainLoop) {}
