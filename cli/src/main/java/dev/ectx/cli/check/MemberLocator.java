package dev.ectx.cli.check;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the member that encloses a position of a compilation unit, from the parse tree alone:
 * the innermost method, constructor or field of a named class, else the class itself. Code in an
 * anonymous or local class belongs to the member that contains that class, so the name stays
 * stable when such classes are added or reordered.
 */
final class MemberLocator {
  private record Span(long start, long end, String member) {
    boolean contains(long position) {
      return start <= position && position < end;
    }
  }

  private final List<Span> members = new ArrayList<>();
  private final List<Span> classes = new ArrayList<>();

  MemberLocator(CompilationUnitTree unit, SourcePositions positions) {
    String pkg = unit.getPackageName() == null ? "" : unit.getPackageName() + ".";
    new TreeScanner<Void, String>() {
      @Override
      public Void visitClass(ClassTree tree, String owner) {
        if (tree.getSimpleName().length() == 0 || owner == null && !isTopLevel(unit, tree)) {
          return null;
        }
        String name = owner == null ? pkg + tree.getSimpleName() : owner + "." + tree.getSimpleName();
        classes.add(span(tree, name));
        for (Tree member : tree.getMembers()) {
          if (member instanceof MethodTree method) {
            members.add(span(method, MemberNames.method(name, tree.getSimpleName().toString(), method)));
          } else if (member instanceof VariableTree field) {
            members.add(span(field, MemberNames.field(name, field)));
          } else if (member instanceof ClassTree nested) {
            visitClass(nested, name);
          }
        }
        return null;
      }

      private Span span(Tree tree, String name) {
        return new Span(
            positions.getStartPosition(unit, tree), positions.getEndPosition(unit, tree), name);
      }
    }.scan(unit, null);
  }

  private static boolean isTopLevel(CompilationUnitTree unit, ClassTree tree) {
    return unit.getTypeDecls().contains(tree);
  }

  /** The enclosing member's name, or null outside every class (imports, package clause). */
  String memberAt(long position) {
    String member = innermost(members, position);
    return member != null ? member : innermost(classes, position);
  }

  private static String innermost(List<Span> spans, long position) {
    Span best = null;
    for (Span span : spans) {
      if (span.contains(position) && (best == null || span.end() - span.start() < best.end() - best.start())) {
        best = span;
      }
    }
    return best == null ? null : best.member();
  }
}
