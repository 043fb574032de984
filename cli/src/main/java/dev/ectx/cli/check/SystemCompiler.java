package dev.ectx.cli.check;

import dev.ectx.cli.InputException;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The JDK's javac, looked up before any class that links against javac's own API ({@code
 * com.sun.source}) is loaded, so that a JRE gives a clear message instead of a linkage error.
 */
public final class SystemCompiler {
  private SystemCompiler() {}

  /**
   * The system Java compiler.
   *
   * @throws InputException when this Java runtime has none (a JRE, or a JDK without the {@code
   *     jdk.compiler} module)
   */
  public static JavaCompiler require() {
    JavaCompiler compiler =
        ModuleLayer.boot().findModule("jdk.compiler").isPresent() ? ToolProvider.getSystemJavaCompiler() : null;
    if (compiler == null) {
      throw new InputException(
          "no Java compiler in this Java runtime ("
              + System.getProperty("java.home")
              + "): run ectx with a JDK 17 or newer, not a JRE");
    }
    return compiler;
  }
}
