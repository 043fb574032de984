package dev.ectx.cli.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ectx.cli.report.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;

/**
 * What identifies a finding across unrelated edits: key, file, enclosing member and message, but
 * not the line or column. Baselines store it; SARIF carries its hash as a partial fingerprint.
 *
 * @param key the diagnostic key
 * @param file the file as reported
 * @param member the enclosing member, or null
 * @param message the message
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FindingIdentity(String key, String file, String member, String message)
    implements Comparable<FindingIdentity> {
  private static final Comparator<FindingIdentity> ORDER =
      Comparator.comparing(FindingIdentity::file)
          .thenComparing(FindingIdentity::key)
          .thenComparing(i -> i.member() == null ? "" : i.member())
          .thenComparing(FindingIdentity::message);

  /** The identity of {@code finding}. */
  public static FindingIdentity of(Finding finding) {
    return new FindingIdentity(
        finding.key(), finding.location().file(), finding.member(), finding.message());
  }

  /** A stable hash of the identity (SHA-256, hex). */
  public String fingerprint() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String part : new String[] {key, file, member == null ? "" : member, message}) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  @Override
  public int compareTo(FindingIdentity other) {
    return ORDER.compare(this, other);
  }
}
