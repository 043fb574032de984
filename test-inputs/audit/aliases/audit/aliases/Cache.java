package audit.aliases;

/** Unannotated. */
final class Cache {
  private Cache() {}

  static int fill(Store store) {
    store.load();
    return store.size();
  }
}
