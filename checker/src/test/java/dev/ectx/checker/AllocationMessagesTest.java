package dev.ectx.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full text of {@code alloc.forbidden}: it names what allocates, why the code may not, and the
 * fix.
 */
class AllocationMessagesTest {
  private static final String SOURCE =
      String.join(
          "\n",
          "import dev.ectx.annotations.AllocationFree;",
          "import dev.ectx.annotations.ExecutionContext;",
          "import java.util.List;",
          "import java.util.function.IntSupplier;",
          "class Handler {",
          "  Object last;",
          "  @AllocationFree void boxing(int line) { last = line; }",
          "  @AllocationFree void lambda(int line) { IntSupplier s = () -> line; last = s; }",
          "  @AllocationFree void call(List<Object> list) { list.add(last); }",
          "  @ExecutionContext(\"irq\") void context() { last = new Object(); }",
          "}");

  @TempDir Path output;

  @Test
  void messagesNameWhatAllocatesAndTheFix() throws IOException {
    List<String> messages = compile(SOURCE);
    assertEquals(4, messages.size(), messages::toString);
    assertTrue(
        messages
            .get(0)
            .startsWith(
                "[alloc.forbidden] @AllocationFree Handler.boxing must not allocate, but this is"
                    + " autoboxing int to Integer. Fix: keep the value primitive"),
        messages.get(0));
    assertTrue(messages.get(1).contains("a capturing lambda (it captures line)"), messages.get(1));
    assertTrue(
        messages.get(2).contains("a call to List.add, which is not allocation-free. Fix: "),
        messages.get(2));
    assertTrue(
        messages
            .get(3)
            .contains(
                "code of context irq (allocation-free by -Aectx.allocationFree) must not allocate,"
                    + " but this is creating a new Object"),
        messages.get(3));
  }

  private List<String> compile(String source) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaFileObject file =
        new SimpleJavaFileObject(URI.create("string:///Handler.java"), JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
          }
        };
    List<String> options =
        new ArrayList<>(
            List.of(
                "-classpath",
                System.getProperty("java.class.path"),
                "-d",
                Files.createDirectories(output).toString(),
                "-Aectx.contexts=kernel,irq",
                "-Aectx.allocationFree=irq"));
    JavaCompiler.CompilationTask task =
        javac.getTask(null, null, diagnostics, options, null, List.of(file));
    task.setProcessors(List.of(new ExecutionContextChecker()));
    task.call();
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getMessage(null))
        .collect(Collectors.toList());
  }
}
