package unannotated;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

// A generic memo cache with an inner class and a synchronized method: no diagnostic.
public final class Cache<K, V> {
  private final Map<K, Entry> entries = new HashMap<>();
  private final Function<K, V> loader;

  public Cache(Function<K, V> loader) {
    this.loader = loader;
  }

  private final class Entry {
    final V value;
    int hits;

    Entry(V value) {
      this.value = value;
    }
  }

  public synchronized V get(K key) {
    Entry e = entries.computeIfAbsent(key, k -> new Entry(loader.apply(k)));
    e.hits++;
    return e.value;
  }
}
