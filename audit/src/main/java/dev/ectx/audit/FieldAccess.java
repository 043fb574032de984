package dev.ectx.audit;

/**
 * One read or write of a field in a method body.
 *
 * @param owner the class the instruction names (the field may be declared in a superclass)
 * @param name the field name
 * @param write whether it is a write
 * @param line the source line, or 0
 */
record FieldAccess(String owner, String name, boolean write, int line) {}
