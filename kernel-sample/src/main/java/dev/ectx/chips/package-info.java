/**
 * The simulated nRF52840 chip, after Tock's {@code nrf52} crates: each peripheral of {@code
 * hal-sim} turned into its HIL, and the chip's interrupt dispatch.
 *
 * <p>Rules of this package:
 *
 * <ol>
 *   <li>Peripheral drivers are confined to {@code kernel}: their interrupt work is a bottom half,
 *       {@link dev.ectx.chips.InterruptService#handleInterrupt()}, run by the kernel loop. The
 *       top half is the generic one of {@code dev.ectx.arch}.
 *   <li>Registers are reached only through the simulator's {@code @Shared} register blocks; DMA
 *       buffers are handed to the peripheral and taken back by ownership.
 *   <li>Every event a handler sees is cleared before the line is unmasked. A line that stays
 *       asserted anyway (a storm) is quarantined and reported, and the kernel goes on.
 *   <li>No {@code @Trusted} code.
 * </ol>
 */
@DeclareContexts({"kernel", "irq", "process"})
package dev.ectx.chips;

import dev.ectx.annotations.DeclareContexts;
