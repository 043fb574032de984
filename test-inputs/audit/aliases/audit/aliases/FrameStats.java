package audit.aliases;

import net.jcip.annotations.ThreadSafe;

/** Declared thread-safe with JCIP's annotation: the audit reads it as @Shared. */
@ThreadSafe
public final class FrameStats {
  int frames;
}
