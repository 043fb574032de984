package dev.ectx.audit;

/**
 * An input the audit cannot read: a missing path, a corrupt or truncated class file or archive,
 * an entry point that names nothing. The command layer maps it to exit code 2.
 */
public final class AuditInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An input error with its explanation (already a full sentence). */
  public AuditInputException(String message) {
    super(message);
  }

  /** An input error caused by a lower-level failure. */
  public AuditInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
