package dev.sellertrust.themes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every word and stem the rules mention, each with an id. A token is looked up once ({@link #idsOf}) and then matched
 * against rules by id, so a review costs a few hash lookups per token whatever the number of rules: linear in the
 * text. A token of seven letters or more that matches nothing is compared with the whole words of the vocabulary at one
 * edit (a typo such as "devoluçao" or "recieved"); stems are not, since one edit away from a short stem lies another
 * word ("encolh*" and "escolheu"). Answers are cached because review vocabulary is heavily repeated.
 */
final class Vocabulary {
  private static final int MIN_FUZZY = 7;
  private static final int CACHE_LIMIT = 200_000;

  private final Map<String, Integer> exact = new HashMap<>();
  private final Map<String, Integer> stems = new HashMap<>();
  private final List<String> entries = new ArrayList<>();
  private final List<Boolean> isStem = new ArrayList<>();
  private final Map<String, List<Integer>> deletions = new HashMap<>();
  private int longestStem;
  private final ConcurrentHashMap<String, int[]> cache = new ConcurrentHashMap<>();

  /** The id of a rule word; a trailing '*' makes it a stem that matches any token starting with it. */
  int register(String alternative) {
    boolean stem = alternative.endsWith("*");
    String key = stem ? alternative.substring(0, alternative.length() - 1) : alternative;
    if (key.isEmpty()) {
      throw new IllegalArgumentException("empty rule word: " + alternative);
    }
    Map<String, Integer> map = stem ? stems : exact;
    Integer id = map.get(key);
    if (id != null) {
      return id;
    }
    int newId = entries.size();
    entries.add(key);
    isStem.add(stem);
    map.put(key, newId);
    if (stem) {
      longestStem = Math.max(longestStem, key.length());
    }
    if (!stem && key.length() >= MIN_FUZZY) {
      for (String d : deletionsOf(key)) {
        deletions.computeIfAbsent(d, k -> new ArrayList<>()).add(newId);
      }
      deletions.computeIfAbsent(key, k -> new ArrayList<>()).add(newId);
    }
    return newId;
  }

  int[] idsOf(String token) {
    int[] ids = cache.get(token);
    if (ids == null) {
      ids = lookup(token);
      if (cache.size() > CACHE_LIMIT) {
        cache.clear();
      }
      cache.put(token, ids);
    }
    return ids;
  }

  private int[] lookup(String token) {
    List<Integer> found = new ArrayList<>(2);
    Integer e = exact.get(token);
    if (e != null) {
      found.add(e);
    }
    for (int len = 1; len <= Math.min(token.length(), longestStem); len++) {
      Integer s = stems.get(token.substring(0, len));
      if (s != null) {
        found.add(s);
      }
    }
    if (found.isEmpty() && token.length() >= MIN_FUZZY && Character.isLetter(token.charAt(0))) {
      fuzzy(token, found);
    }
    return found.stream().mapToInt(Integer::intValue).distinct().sorted().toArray();
  }

  /** Entries one edit away: a whole word against a word, or a leading part of the token against a stem. */
  private void fuzzy(String token, List<Integer> found) {
    candidates(token, true, found);
  }

  private void candidates(String head, boolean whole, List<Integer> found) {
    List<String> keys = new ArrayList<>(deletionsOf(head));
    keys.add(head);
    for (String k : keys) {
      List<Integer> ids = deletions.get(k);
      if (ids == null) {
        continue;
      }
      for (int id : ids) {
        if ((isStem.get(id) || whole) && withinOneEdit(head, entries.get(id)) && !found.contains(id)) {
          found.add(id);
        }
      }
    }
  }

  private static List<String> deletionsOf(String s) {
    List<String> out = new ArrayList<>(s.length());
    for (int i = 0; i < s.length(); i++) {
      out.add(s.substring(0, i) + s.substring(i + 1));
    }
    return out;
  }

  /** Optimal string alignment distance at most 1 (one insertion, deletion, substitution or swap). */
  static boolean withinOneEdit(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    int i = 0;
    while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (la == lb) {
      if (a.substring(i + 1).equals(b.substring(i + 1))) {
        return true;
      }
      return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
          && a.substring(i + 2).equals(b.substring(i + 2));
    }
    return la > lb ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
  }

  String describe(int[] ids) {
    StringBuilder sb = new StringBuilder();
    for (int id : ids) {
      sb.append(entries.get(id)).append(isStem.get(id) ? "* " : " ");
    }
    return sb.toString().trim();
  }

  static boolean intersects(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        return true;
      }
      if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return false;
  }

  static int[] sortedDistinct(List<Integer> ids) {
    int[] a = ids.stream().mapToInt(Integer::intValue).distinct().toArray();
    Arrays.sort(a);
    return a;
  }
}
