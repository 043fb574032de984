package dev.ectx.hal.trace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a Value Change Dump (IEEE 1364 VCD), viewable in GTKWave: chosen GPIO pins, IRQ lines
 * (the peripheral's request, {@code irqN_NAME}) and handler activity ({@code isrN_NAME}), and
 * the CPU's sleep state. Time is in picoseconds ({@code $timescale 1ps}): one 64 MHz cycle is
 * 15625 ps. The header carries no date, so equal runs give byte-identical files.
 *
 * <pre>{@code
 * VcdWriter vcd = new VcdWriter(writer).pin(13, "led0").irq(17, "RTC1").sleep();
 * chip.startTrace(vcd);
 * ... run ...
 * vcd.close();
 * }</pre>
 */
public final class VcdWriter implements TraceSink, AutoCloseable {
  /** Picoseconds per CPU cycle at 64 MHz. */
  public static final long PS_PER_CYCLE = 15_625;

  private final Writer out;
  private final List<String> names = new ArrayList<>();
  private final String[] pinCodes = new String[32];
  private final String[] lineCodes = new String[49];
  private final String[] activeCodes = new String[49];
  private String sleepCode;
  private boolean started;
  private long lastTime = -1;

  /**
   * A writer to {@code out}; declare signals, then start it with {@code chip.startTrace}.
   *
   * @param out where the dump goes
   */
  public VcdWriter(Writer out) {
    this.out = out;
  }

  /**
   * Traces GPIO pin {@code pin} as {@code name}.
   *
   * @param pin 0..31
   * @param name the signal name
   * @return this writer
   */
  public VcdWriter pin(int pin, String name) {
    pinCodes[pin] = declare(name);
    return this;
  }

  /**
   * Traces IRQ {@code irq} (0..47, or -1 for SysTick): its request line as {@code irqN_name} and
   * its handler's activity as {@code isrN_name}.
   *
   * @param irq the IRQ number
   * @param name a short name, for example {@code "RTC1"}
   * @return this writer
   */
  public VcdWriter irq(int irq, String name) {
    int index = irq < 0 ? 48 : irq;
    String suffix = (irq < 0 ? "SysTick" : irq + "_" + name);
    lineCodes[index] = declare("irq" + suffix);
    activeCodes[index] = declare("isr" + suffix);
    return this;
  }

  /**
   * Traces the CPU's WFI sleep as signal {@code sleep}.
   *
   * @return this writer
   */
  public VcdWriter sleep() {
    sleepCode = declare("sleep");
    return this;
  }

  /**
   * Writes the header and the initial values; {@code chip.startTrace} calls this.
   *
   * @param time the virtual time in cycles
   * @param pinLevels the pins' levels now, bit n for pin n
   * @param irqLevels the IRQ lines' levels now, bit n for line n
   */
  public void start(long time, int pinLevels, long irqLevels) {
    StringBuilder header = new StringBuilder();
    header.append("$version ectx hal-sim $end\n");
    header.append("$timescale 1ps $end\n");
    header.append("$scope module chip $end\n");
    for (int i = 0; i < names.size(); i++) {
      header.append("$var wire 1 ").append(code(i)).append(' ').append(names.get(i));
      header.append(" $end\n");
    }
    header.append("$upscope $end\n$enddefinitions $end\n");
    header.append('#').append(time * PS_PER_CYCLE).append("\n$dumpvars\n");
    for (int pin = 0; pin < 32; pin++) {
      if (pinCodes[pin] != null) {
        header.append(((pinLevels >>> pin) & 1) != 0 ? '1' : '0').append(pinCodes[pin]);
        header.append('\n');
      }
    }
    for (int index = 0; index < 49; index++) {
      if (lineCodes[index] != null) {
        header.append(((irqLevels >>> index) & 1) != 0 ? '1' : '0').append(lineCodes[index]);
        header.append("\n0").append(activeCodes[index]).append('\n');
      }
    }
    if (sleepCode != null) {
      header.append('0').append(sleepCode).append('\n');
    }
    header.append("$end\n");
    lastTime = time;
    started = true;
    write(header);
  }

  @Override
  public void pin(long time, int pin, boolean high) {
    change(time, pinCodes[pin], high);
  }

  @Override
  public void irqLine(long time, int line, boolean high) {
    change(time, lineCodes[line], high);
  }

  @Override
  public void irqActive(long time, int line, boolean active) {
    change(time, activeCodes[line < 0 ? 48 : line], active);
  }

  @Override
  public void sleeping(long time, boolean asleep) {
    change(time, sleepCode, asleep);
  }

  /** Flushes and closes the output. */
  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void change(long time, String code, boolean value) {
    if (code == null || !started) {
      return;
    }
    try {
      if (time != lastTime) {
        out.write('#');
        out.write(Long.toString(time * PS_PER_CYCLE));
        out.write('\n');
        lastTime = time;
      }
      out.write(value ? '1' : '0');
      out.write(code);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(CharSequence text) {
    try {
      out.append(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String declare(String name) {
    if (started) {
      throw new IllegalStateException("declare VCD signals before the trace starts");
    }
    names.add(name);
    return code(names.size() - 1);
  }

  /** Identifier codes: printable ASCII from '!' to '~', more characters past 94 signals. */
  private static String code(int index) {
    StringBuilder code = new StringBuilder();
    int n = index;
    do {
      code.append((char) ('!' + n % 94));
      n = n / 94 - 1;
    } while (n >= 0);
    return code.toString();
  }
}
