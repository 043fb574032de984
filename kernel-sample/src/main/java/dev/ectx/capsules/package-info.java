/**
 * Capsules, after Tock's {@code capsules} crates: drivers and virtualizers written against the
 * HIL ({@code dev.ectx.hil}) and exposed to processes as system-call drivers.
 *
 * <p>Rules of this package:
 *
 * <ol>
 *   <li>Hardware only through the HIL: no capsule sees a register, a chip class or the
 *       simulator.
 *   <li>Every capsule is confined to {@code kernel}; capsules of one board alias each other
 *       freely (a mux and its clients point at each other).
 *   <li>No synchronous callbacks: a result that is known at once is delivered through a {@link
 *       dev.ectx.kernel.DeferredCall}.
 *   <li>Buffers live in {@link dev.ectx.cells.TakeCell}s and move with requests and callbacks;
 *       every error path puts the buffer back where it came from.
 *   <li>No {@code @Trusted} code.
 * </ol>
 */
@DeclareContexts({"kernel", "irq", "process"})
package dev.ectx.capsules;

import dev.ectx.annotations.DeclareContexts;
