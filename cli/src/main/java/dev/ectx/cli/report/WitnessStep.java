package dev.ectx.cli.report;

/**
 * One step of a finding's witness path: from the entry point (or the {@code @Downcall}) to the
 * offending access. Rendered as indented lines in text and as a SARIF {@code threadFlow}.
 *
 * @param location where the step happens
 * @param member the member that takes the step ({@code pkg.Class#method(params)})
 * @param description what happens there ("calls Uart#transmit", "context irq enters here")
 */
public record WitnessStep(Location location, String member, String description) {}
