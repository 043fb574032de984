package dev.ectx.kernel;

/**
 * Names one incarnation of a process, after Tock's {@code ProcessId}: the slot it occupies and
 * an identifier that is new every time a process is (re)started. A restarted process gets a new
 * identifier, so an id kept from before the restart is stale and the kernel refuses it.
 *
 * @param index the process slot
 * @param identifier unique over the kernel's lifetime
 */
public record ProcessId(int index, int identifier) {}
