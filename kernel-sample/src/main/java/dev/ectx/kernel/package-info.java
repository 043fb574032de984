/**
 * The kernel core, after Tock's {@code kernel} crate: the main loop, the round-robin scheduler,
 * processes and their system calls, grants, deferred calls and capabilities. The kernel is the
 * hub: {@code arch}, {@code chips} and {@code capsules} depend on it, it depends on none of them.
 *
 * <p>Rules of this package:
 *
 * <ol>
 *   <li>Kernel state is confined to the {@code kernel} context: the single-threaded main loop.
 *       Within it, objects alias each other freely (the paper's cyclic resources).
 *   <li>Nothing here runs in {@code irq}; interrupt top halves live in {@code arch} and only mark
 *       a line pending.
 *   <li>Processes ({@code process} context) reach the kernel only through the system calls of
 *       {@link dev.ectx.kernel.Syscall}: integers, immutable records and buffers that move.
 *   <li>Privileged operations take a capability that only board start-up ({@code boot}) can mint.
 *   <li>No {@code @Trusted} code.
 * </ol>
 */
@DeclareContexts({"kernel", "irq", "process"})
package dev.ectx.kernel;

import dev.ectx.annotations.DeclareContexts;
