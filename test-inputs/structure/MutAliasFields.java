import dev.ectx.annotations.ExecutionContext;
import dev.ectx.annotations.MutAlias;
import dev.ectx.annotations.Unique;
import dev.ectx.cells.MapCell;
import dev.ectx.cells.OptionalCell;
import dev.ectx.cells.TakeCell;
import java.util.ArrayList;
import java.util.List;

// mutalias.field (rule M): a field of a @MutAlias or confined class holds a raw mutable object.
@MutAlias
final class NetworkStack {
  // :: error: [mutalias.field]
  private byte[] rxBuffer = new byte[64];
  // :: error: [mutalias.field]
  private final List<String> routes = new ArrayList<>();
  private final TakeCell<byte[]> txBuffer = new TakeCell<>();
  private Runnable onReceive;
  private final byte @Unique [] scratch = new byte[16];
  private int packets;
  private String name = "net0";
}

// Paper case 4, second half: a collection whose storage an alias can replace while it is being
// iterated. The driver's list is replaced wholesale by setClients, under any alias of it.
@ExecutionContext("kernel")
final class ClientTable {
  // :: error: [mutalias.field]
  private List<Runnable> clients = new ArrayList<>();

  void setClients(List<Runnable> replacement) {
    clients = replacement;
  }
}

@MutAlias
final class LinkLayer {
  private final NetworkStack stack;
  private final OptionalCell<Runnable> client = new OptionalCell<>();
  private final MapCell<int[]> table = new MapCell<>(new int[8]);
  private final ClientTable clientsOfKernel;
  // :: error: [mutalias.field]
  private StringBuilder log = new StringBuilder();

  LinkLayer(NetworkStack stack, ClientTable clientsOfKernel) {
    this.stack = stack;
    this.clientsOfKernel = clientsOfKernel;
  }
}

// Not checked: no ectx annotation, so a large unannotated library checks clean.
final class PlainBuffers {
  private byte[] data = new byte[8];
  private final List<String> names = new ArrayList<>();
}

// Safe: filled once at start-up, read-only afterwards. @Trusted switches rule M off.
@dev.ectx.annotations.Trusted
@MutAlias
final class RoutingTable {
  private final int[] hops = new int[16];
}
