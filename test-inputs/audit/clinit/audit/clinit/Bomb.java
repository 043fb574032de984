package audit.clinit;

import dev.ectx.annotations.ExecutionContext;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Its static initialiser creates a file: the audit must never run it. */
public final class Bomb {
  static {
    try {
      new File(System.getProperty("java.io.tmpdir"), "ectx-audit-clinit-ran").createNewFile();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int fuse;

  @ExecutionContext("kernel")
  public static void light() {
    fuse++;
  }
}
