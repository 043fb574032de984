/**
 * Hardware interface layer, after Tock's {@code kernel::hil}: the split-phase interfaces between
 * capsules and chips. Every interface is confined to {@code kernel}: calls and callbacks both run
 * in the main loop, never in an interrupt handler.
 *
 * <p>Rules (Tock's TRD3), which every implementation follows and every method's Javadoc restates:
 *
 * <ol>
 *   <li>No synchronous callbacks: a {@code @Downcall} never calls its client's {@code @Upcall}
 *       before returning; an implementation that completes at once defers the callback with a
 *       {@link dev.ectx.kernel.DeferredCall}.
 *   <li>A downcall returns a synchronous result. {@link dev.ectx.kernel.ReturnCode#SUCCESS} means
 *       exactly one callback follows; any other code means none will.
 *   <li>Buffers move by ownership ({@code @Unique}). A downcall takes its buffer out of the
 *       caller's {@link dev.ectx.cells.TakeCell}, which it only borrows; on an error it leaves
 *       the buffer there (the error hands the buffer back). The callback moves the buffer back
 *       to the client together with the result.
 *   <li>Interfaces that call back have {@code setClient}, called once by the board after both
 *       sides exist.
 * </ol>
 */
@DeclareContexts({"kernel", "irq", "process"})
package dev.ectx.hil;

import dev.ectx.annotations.DeclareContexts;
