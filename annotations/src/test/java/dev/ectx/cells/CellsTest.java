package dev.ectx.cells;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CellsTest {

  /** A fake PRIMASK that records what the section did to it. */
  static final class FakeMask implements CriticalSection.InterruptMask {
    boolean masked;
    final List<String> log = new ArrayList<>();

    @Override
    public boolean disableInterrupts() {
      boolean was = masked;
      masked = true;
      log.add("disable");
      return was;
    }

    @Override
    public void restoreInterrupts(boolean wasMasked) {
      masked = wasMasked;
      log.add("restore:" + wasMasked);
    }
  }

  @Test
  void takeEmptiesTheCell() {
    TakeCell<byte[]> cell = new TakeCell<>();
    byte[] buffer = new byte[4];
    cell.put(buffer);
    assertTrue(cell.isSome());
    assertSame(buffer, cell.take());
    assertTrue(cell.isNone());
    assertNull(cell.take());
  }

  @Test
  void takeCellMapOnEmptyDoesNothing() {
    TakeCell<byte[]> cell = new TakeCell<>();
    boolean[] ran = {false};
    assertFalse(cell.map(b -> ran[0] = true));
    assertFalse(ran[0]);
  }

  @Test
  void takeCellMapLendsAndPutsBack() {
    TakeCell<byte[]> cell = new TakeCell<>();
    cell.put(new byte[] {1});
    assertTrue(cell.map(b -> b[0] = 7));
    assertEquals(7, cell.take()[0]);
  }

  @Test
  void takeCellIsEmptyWhileLentSoReentrantMapFindsNothing() {
    TakeCell<byte[]> cell = new TakeCell<>();
    cell.put(new byte[1]);
    boolean[] inner = {true};
    cell.map(b -> inner[0] = cell.map(again -> {}));
    assertFalse(inner[0], "a re-entrant map must not reach the lent value");
    assertTrue(cell.isSome(), "the value is put back after the outer map");
  }

  @Test
  void takeCellPutsBackEvenWhenBodyThrows() {
    TakeCell<String> cell = new TakeCell<>();
    cell.put("buf");
    assertThrows(IllegalArgumentException.class, () -> cell.map(s -> {
      throw new IllegalArgumentException("boom");
    }));
    assertEquals("buf", cell.take());
  }

  @Test
  void takeCellReplaceReturnsPrevious() {
    TakeCell<String> cell = new TakeCell<>();
    assertNull(cell.replace("a"));
    assertEquals("a", cell.replace("b"));
    assertThrows(NullPointerException.class, () -> cell.put(null));
  }

  @Test
  void mapCellDetectsReentrantMap() {
    MapCell<int[]> cell = new MapCell<>(new int[1]);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> cell.map(outer -> cell.map(inner -> inner[0]++)));
    assertTrue(e.getMessage().contains("re-entered"), e.getMessage());
    assertTrue(cell.map(v -> v[0]++), "the cell is usable again after the failed re-entry");
  }

  @Test
  void mapCellOnEmptyDoesNothing() {
    MapCell<int[]> cell = MapCell.empty();
    assertFalse(cell.map(v -> v[0]++));
    cell.put(new int[1]);
    assertTrue(cell.isSome());
    assertThrows(IllegalStateException.class, () -> cell.put(new int[1]));
  }

  @Test
  void optionalCellSetGetClear() {
    OptionalCell<String> cell = new OptionalCell<>();
    assertEquals("x", cell.orElse("x"));
    cell.set("client");
    List<String> seen = new ArrayList<>();
    assertTrue(cell.map(seen::add));
    assertEquals(List.of("client"), seen);
    assertEquals("client", cell.get());
    cell.clear();
    assertTrue(cell.isNone());
    assertFalse(cell.map(seen::add));
  }

  @Test
  void criticalSectionMasksAndRestores() {
    FakeMask mask = new FakeMask();
    CsMutex<int[]> counts = new CsMutex<>(new int[1]);
    CriticalSection.run(mask, cs -> {
      assertTrue(mask.masked);
      counts.borrow(cs)[0]++;
      CriticalSection.run(mask, inner -> counts.borrow(inner)[0]++);
      assertTrue(mask.masked, "a nested section keeps interrupts masked");
    });
    assertFalse(mask.masked);
    assertEquals(List.of("disable", "disable", "restore:true", "restore:false"), mask.log);
    CriticalSection.run(mask, cs -> assertEquals(2, counts.borrow(cs)[0]));
  }

  @Test
  void csMutexNeedsALiveToken() {
    FakeMask mask = new FakeMask();
    CsMutex<String> mutex = new CsMutex<>("a");
    AtomicReference<CriticalSection> escaped = new AtomicReference<>();
    CriticalSection.run(mask, escaped::set);
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> mutex.borrow(escaped.get()));
    assertTrue(e.getMessage().contains("escaped"), e.getMessage());
    assertThrows(NullPointerException.class, () -> mutex.borrow(null));
  }

  @Test
  void criticalSectionRestoresMaskWhenBodyThrows() {
    FakeMask mask = new FakeMask();
    assertThrows(IllegalStateException.class, () -> CriticalSection.run(mask, cs -> {
      throw new IllegalStateException("fault");
    }));
    assertFalse(mask.masked);
  }
}
