package dev.ectx.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contexts written in a library reach code compiled against the library's class files (as {@code
 * kernel-sample} is compiled against {@code hal-sim}): method and class contexts, and the type-use
 * context of a callback parameter, which JDK 17's javac keeps only in raw attributes.
 */
class ClassFileContextsTest {
  private static final String LIBRARY =
      "package lib;\n"
          + "import dev.ectx.annotations.ExecutionContext;\n"
          + "public class Nvic {\n"
          + "  public void setHandler(int irq, @ExecutionContext(\"irq\") Runnable handler) {}\n"
          + "  @ExecutionContext(\"kernel\") public void service() {}\n"
          + "}\n";

  @TempDir Path work;

  @Test
  void callbackParameterContextIsReadFromClassFiles() {
    CheckerCompiler compiler = new CheckerCompiler(work);
    CheckerCompiler.Result library = compiler.compile("lib", LIBRARY);
    assertEquals(List.of(), library.problems());

    CheckerCompiler.Result client =
        compiler.compile(
            "client",
            "import dev.ectx.annotations.ExecutionContext;\n"
                + "public class Board {\n"
                + "  @ExecutionContext(\"kernel\") void tick() {}\n"
                + "  @ExecutionContext(\"kernel\") void wire(lib.Nvic nvic) {\n"
                + "    nvic.setHandler(3, () -> tick());\n"
                + "    nvic.service();\n"
                + "  }\n"
                + "}\n",
            library.classes);
    assertEquals(1, client.problems().size(), client.problems().toString());
    assertTrue(client.problems().get(0).startsWith("5: "), client.problems().toString());
    assertTrue(client.reports("context.call"), client.problems().toString());
  }

  @Test
  void methodContextIsReadFromClassFiles() {
    CheckerCompiler compiler = new CheckerCompiler(work);
    CheckerCompiler.Result library = compiler.compile("lib", LIBRARY);

    CheckerCompiler.Result client =
        compiler.compile(
            "client",
            "import dev.ectx.annotations.ExecutionContext;\n"
                + "public class Handler {\n"
                + "  @ExecutionContext(\"irq\") void onIrq(lib.Nvic nvic) {\n"
                + "    nvic.service();\n"
                + "  }\n"
                + "}\n",
            library.classes);
    assertTrue(client.reports("context.call"), client.problems().toString());
  }
}
