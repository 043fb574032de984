package audit.aliases;

/** The same, undeclared. */
public final class PlainStats {
  int frames;
}
