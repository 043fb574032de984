/**
 * The ectx annotations: execution contexts ({@link dev.ectx.annotations.ExecutionContext},
 * {@link dev.ectx.annotations.AnyContext}, {@link dev.ectx.annotations.PolyContext}), ownership
 * ({@link dev.ectx.annotations.Unique}, {@link dev.ectx.annotations.Borrowed}, {@link
 * dev.ectx.annotations.MutAlias}), sendability ({@link dev.ectx.annotations.Immutable}, {@link
 * dev.ectx.annotations.Shared}) and the rest. This package has no dependencies; the checker
 * maps each annotation onto its own internal qualifiers.
 */
package dev.ectx.annotations;
