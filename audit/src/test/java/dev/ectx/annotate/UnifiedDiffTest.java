package dev.ectx.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

  @Test
  void equalTextsHaveNoDiff() {
    assertEquals("", UnifiedDiff.of("A.java", "a\nb\n", "a\nb\n"));
  }

  @Test
  void insertionIsShownWithThreeLinesOfContext() {
    String before = "1\n2\n3\n4\n5\n6\n7\n8\n";
    String after = "1\n2\n3\n4\nnew\n5\n6\n7\n8\n";

    assertEquals("--- a/A.java\n+++ b/A.java\n@@ -2,6 +2,7 @@\n 2\n 3\n 4\n+new\n 5\n 6\n 7\n",
        UnifiedDiff.of("A.java", before, after));
  }

  @Test
  void distantChangesMakeTwoHunksAndReplacementsShowBothSides() {
    String before = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\n";
    String after = "A\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\n";

    assertEquals("--- a/A.java\n+++ b/A.java\n"
            + "@@ -1,4 +1,4 @@\n-a\n+A\n b\n c\n d\n"
            + "@@ -10,3 +10,4 @@\n j\n k\n l\n+m\n",
        UnifiedDiff.of("A.java", before, after));
  }
}
