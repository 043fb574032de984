/**
 * Cortex-M glue, after Tock's {@code cortexm} crates: the generic interrupt top half, SysTick as
 * the scheduler timer, and the user/kernel boundary that runs processes.
 *
 * <p>Rules of this package:
 *
 * <ol>
 *   <li>Top halves run in {@code irq} and only mask their line and mark it pending (the paper's
 *       Figure 1); they touch nothing but the {@code @Shared} NVIC and register blocks.
 *   <li>The process boundary is the one place where a value crosses between {@code kernel} and
 *       {@code process}: system-call registers (integers and immutable records) and buffers that
 *       move. Its hand-off queue is the only {@code @Trusted} class, with the reason next to it.
 * </ol>
 */
@DeclareContexts({"kernel", "irq", "process"})
package dev.ectx.arch;

import dev.ectx.annotations.DeclareContexts;
