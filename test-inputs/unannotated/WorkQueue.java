package unannotated;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

// Ordinary code with threads and executors and no ectx annotation: ectx must report nothing.
public class WorkQueue {
  private static int created;
  private static final List<String> LOG = new ArrayList<>();

  private final Queue<Runnable> tasks = new ArrayDeque<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(2);
  private int completed;

  public WorkQueue() {
    created++;
  }

  public void submit(Runnable task) {
    tasks.add(task);
  }

  public void drain() throws Exception {
    List<Future<?>> running = new ArrayList<>();
    Runnable next;
    while ((next = tasks.poll()) != null) {
      Runnable task = next;
      running.add(pool.submit(() -> {
        task.run();
        completed++;
        LOG.add("done");
      }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    Thread t = new Thread(() -> completed++);
    t.start();
    t.join();
    CompletableFuture.supplyAsync(() -> completed).thenAcceptAsync(n -> LOG.add("n=" + n)).get();
    pool.execute(new Runnable() {
      @Override
      public void run() {
        LOG.add("anonymous");
      }
    });
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.SECONDS);
  }

  public int completed() {
    return completed;
  }
}
