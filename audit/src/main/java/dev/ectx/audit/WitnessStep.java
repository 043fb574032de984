package dev.ectx.audit;

/**
 * One step of a witness path: where the flow is and what happens there.
 *
 * @param location the statement (a call, the offending access) or the entry point's declaration
 * @param note what happens here, e.g. "entry point of context irq" or "calls Helper.bump()"
 */
public record WitnessStep(Location location, String note) {}
