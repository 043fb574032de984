/**
 * Tock-style cells whose semantics the checker knows: {@link dev.ectx.cells.TakeCell} for a
 * uniquely owned value that moves in and out, {@link dev.ectx.cells.OptionalCell} for an
 * optional sendable or aliasable value, {@link dev.ectx.cells.MapCell} for a value that is only
 * lent, and {@link dev.ectx.cells.CriticalSection} with {@link dev.ectx.cells.CsMutex} for state
 * shared with interrupt handlers.
 */
package dev.ectx.cells;
