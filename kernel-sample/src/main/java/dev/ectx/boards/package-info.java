/**
 * Boards, after Tock's {@code boards} crates: the start-up code that creates every peripheral
 * driver and capsule once, wires their cycles ({@code setClient} after construction), registers
 * the deferred calls and system-call drivers, loads the applications and enters the kernel loop.
 * The only package that sees every other one.
 *
 * <p>Rules of this package: wiring runs in {@code boot}, before interrupts are enabled; it alone
 * mints capabilities; it holds no driver logic.
 */
@DeclareContexts({"kernel", "irq", "process"})
package dev.ectx.boards;

import dev.ectx.annotations.DeclareContexts;
