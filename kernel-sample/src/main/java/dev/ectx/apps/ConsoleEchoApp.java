package dev.ectx.apps;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.capsules.Console;
import dev.ectx.capsules.DriverNumbers;
import dev.ectx.kernel.App;
import dev.ectx.kernel.SyscallReturn;
import dev.ectx.kernel.UserspacePort;

/** Console echo: writes back every byte it reads, in order. */
@ExecutionContext("process")
public final class ConsoleEchoApp implements App {
  @Override
  public void main(UserspacePort port) {
    Libtock tock = new Libtock(port);
    tock.subscribe(DriverNumbers.CONSOLE, Console.UPCALL_READ_DONE, (status, length, unused) -> {});
    byte[] buffer = new byte[1];
    while (true) {
      tock.allowReadWrite(DriverNumbers.CONSOLE, Console.ALLOW_READ, buffer);
      SyscallReturn started = tock.command(DriverNumbers.CONSOLE, Console.COMMAND_GETNSTR, 1, 0);
      SyscallReturn read =
          started.isSuccess()
              ? tock.yieldWaitFor(DriverNumbers.CONSOLE, Console.UPCALL_READ_DONE)
              : started;
      buffer = tock.allowReadWrite(DriverNumbers.CONSOLE, Console.ALLOW_READ, null);
      if (read.isSuccess() && read.r1() == 0 && read.r2() == 1) {
        tock.write(new byte[] {buffer[0]}, 1);
      }
    }
  }
}
