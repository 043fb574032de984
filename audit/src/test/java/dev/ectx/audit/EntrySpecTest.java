package dev.ectx.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EntrySpecTest {

  @Test
  void parsesClassMethodAndContext() {
    assertEquals(new EntrySpec("a.B", "run", Optional.empty(), "irq"), EntrySpec.parse("a.B#run=irq"));
  }

  @Test
  void parsesAParameterList() {
    assertEquals(new EntrySpec("a.B", "run", Optional.of("int,String"), "kernel"),
        EntrySpec.parse("a.B#run(int, String)=kernel"));
  }

  @Test
  void rejectsTextWithoutMethodOrContext() {
    assertThrows(IllegalArgumentException.class, () -> EntrySpec.parse("a.B=irq"));
    assertThrows(IllegalArgumentException.class, () -> EntrySpec.parse("a.B#run"));
    assertThrows(IllegalArgumentException.class, () -> EntrySpec.parse("a.B#run="));
  }
}
