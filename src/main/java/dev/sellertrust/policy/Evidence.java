package dev.sellertrust.policy;

import java.io.Serializable;

/**
 * Where in the original policy text a fact was read: a short snippet (at most {@link #MAX_SNIPPET} chars)
 * and its character offsets {@code [start, end)}, so a reviewer can check every extracted value.
 */
public record Evidence(String fact, String snippet, int start, int end) implements Serializable {
  public static final int MAX_SNIPPET = 200;
}
