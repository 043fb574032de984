package dev.ectx.annotate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A unified diff of two texts, line by line, with three lines of context, as {@code diff -u}
 * prints it. Lines are matched with Myers' O(ND) algorithm, cheap when few lines change.
 */
public final class UnifiedDiff {
  private static final int CONTEXT = 3;

  private enum Op { SAME, DELETE, INSERT }

  private record Edit(Op op, int oldIndex, int newIndex) {}

  private UnifiedDiff() {}

  /**
   * The diff from {@code before} to {@code after}, labelled {@code a/path} and {@code b/path};
   * empty if the texts are equal.
   */
  public static String of(String path, String before, String after) {
    if (before.equals(after)) {
      return "";
    }
    List<String> a = lines(before);
    List<String> b = lines(after);
    List<Edit> edits = edits(a, b);
    StringBuilder out = new StringBuilder();
    out.append("--- a/").append(path).append('\n').append("+++ b/").append(path).append('\n');
    int i = 0;
    while (i < edits.size()) {
      if (edits.get(i).op() == Op.SAME) {
        i++;
        continue;
      }
      int start = Math.max(0, i - CONTEXT);
      int end = i;
      // Extend the hunk while the next change is within two contexts' reach.
      while (end < edits.size()) {
        int nextChange = end;
        while (nextChange < edits.size() && edits.get(nextChange).op() == Op.SAME) {
          nextChange++;
        }
        if (nextChange == edits.size() || nextChange - end > 2 * CONTEXT) {
          end = Math.min(edits.size(), end + CONTEXT);
          break;
        }
        end = nextChange;
        while (end < edits.size() && edits.get(end).op() != Op.SAME) {
          end++;
        }
      }
      hunk(out, a, b, edits.subList(start, end));
      i = end;
    }
    return out.toString();
  }

  private static void hunk(StringBuilder out, List<String> a, List<String> b, List<Edit> edits) {
    int oldCount = 0;
    int newCount = 0;
    for (Edit e : edits) {
      oldCount += e.op() != Op.INSERT ? 1 : 0;
      newCount += e.op() != Op.DELETE ? 1 : 0;
    }
    Edit first = edits.get(0);
    out.append("@@ -").append(range(first.oldIndex(), oldCount))
        .append(" +").append(range(first.newIndex(), newCount)).append(" @@\n");
    for (Edit e : edits) {
      switch (e.op()) {
        case SAME -> out.append(' ').append(a.get(e.oldIndex())).append('\n');
        case DELETE -> out.append('-').append(a.get(e.oldIndex())).append('\n');
        case INSERT -> out.append('+').append(b.get(e.newIndex())).append('\n');
      }
    }
  }

  /** {@code start,count} with 1-based lines; an empty range names the line before it. */
  private static String range(int index, int count) {
    return (count == 0 ? index : index + 1) + "," + count;
  }

  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    if (lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  /** Myers' shortest edit script, with each edit's positions in both texts. */
  private static List<Edit> edits(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    int offset = n + m + 1;
    int[] v = new int[2 * offset + 1];
    List<int[]> trace = new ArrayList<>();
    search:
    for (int d = 0; d <= n + m; d++) {
      trace.add(v.clone());
      for (int k = -d; k <= d; k += 2) {
        int x = down(v, k, d, offset) ? v[k + 1 + offset] : v[k - 1 + offset] + 1;
        int y = x - k;
        while (x < n && y < m && a.get(x).equals(b.get(y))) {
          x++;
          y++;
        }
        v[k + offset] = x;
        if (x >= n && y >= m) {
          break search;
        }
      }
    }
    List<Edit> edits = new ArrayList<>();
    int x = n;
    int y = m;
    for (int d = trace.size() - 1; d >= 0; d--) {
      int[] before = trace.get(d);
      int k = x - y;
      int prevK = down(before, k, d, offset) ? k + 1 : k - 1;
      int prevX = before[prevK + offset];
      int prevY = prevX - prevK;
      while (x > prevX && y > prevY) {
        edits.add(new Edit(Op.SAME, --x, --y));
      }
      if (d > 0) {
        edits.add(x == prevX ? new Edit(Op.INSERT, x, --y) : new Edit(Op.DELETE, --x, y));
      }
    }
    Collections.reverse(edits);
    return edits;
  }

  private static boolean down(int[] v, int k, int d, int offset) {
    return k == -d || (k != d && v[k - 1 + offset] < v[k + 1 + offset]);
  }
}
