package dev.ectx.apps;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.capsules.DriverNumbers;
import dev.ectx.capsules.SpiControllerDriver;
import dev.ectx.kernel.App;
import dev.ectx.kernel.SyscallReturn;
import dev.ectx.kernel.UserspacePort;

/**
 * SPI loopback: with MOSI wired to MISO, sends a pattern, checks that the same bytes come back and
 * prints {@code spi ok N} or {@code spi bad N ...} for each round.
 */
@ExecutionContext("process")
public final class SpiLoopbackApp implements App {
  private final int length;
  private final int rounds;
  private final int periodMillis;

  /**
   * A loopback tester.
   *
   * @param length bytes per transfer (more than the kernel's DMA buffer exercises chunking)
   * @param rounds how many transfers, then it exits
   * @param periodMillis milliseconds between transfers
   */
  public SpiLoopbackApp(int length, int rounds, int periodMillis) {
    this.length = length;
    this.rounds = rounds;
    this.periodMillis = periodMillis;
  }

  /**
   * The pattern sent in a round.
   *
   * @param round the round
   * @param index the byte
   * @return the byte's value
   */
  public static byte pattern(int round, int index) {
    return (byte) (index * 7 + round * 13 + 1);
  }

  @Override
  public void main(UserspacePort port) {
    Libtock tock = new Libtock(port);
    tock.subscribe(DriverNumbers.SPI, SpiControllerDriver.UPCALL_DONE, (count, status, x) -> {});
    for (int round = 0; round < rounds; round++) {
      tock.sleepMillis(periodMillis);
      byte[] out = new byte[length];
      for (int i = 0; i < length; i++) {
        out[i] = pattern(round, i);
      }
      tock.allowReadOnly(DriverNumbers.SPI, SpiControllerDriver.ALLOW_WRITE, out);
      tock.allowReadWrite(DriverNumbers.SPI, SpiControllerDriver.ALLOW_READ, new byte[length]);
      SyscallReturn started =
          tock.command(DriverNumbers.SPI, SpiControllerDriver.COMMAND_READ_WRITE, length, 0);
      SyscallReturn done =
          started.isSuccess()
              ? tock.yieldWaitFor(DriverNumbers.SPI, SpiControllerDriver.UPCALL_DONE)
              : started;
      byte[] in = tock.allowReadWrite(DriverNumbers.SPI, SpiControllerDriver.ALLOW_READ, null);
      tock.allowReadOnly(DriverNumbers.SPI, SpiControllerDriver.ALLOW_WRITE, null);
      tock.print(verdict(round, started, done, in));
    }
    tock.exit(0);
  }

  private String verdict(int round, SyscallReturn started, SyscallReturn done, byte[] in) {
    if (!started.isSuccess()) {
      return "spi bad " + round + " " + started.code() + "\n";
    }
    if (done.r2() != 0) {
      return "spi bad " + round + " status " + done.r2() + "\n";
    }
    for (int i = 0; i < length; i++) {
      if (in[i] != pattern(round, i)) {
        return "spi bad " + round + " byte " + i + "\n";
      }
    }
    return "spi ok " + round + "\n";
  }
}
