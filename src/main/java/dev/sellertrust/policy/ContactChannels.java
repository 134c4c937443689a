package dev.sellertrust.policy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the policy gives a concrete way to reach the seller: an e-mail address, a phone number, or a web
 * address introduced as a contact or form. Bare site links are not counted: most pages link their own domain.
 * Language-independent except for the few words that introduce a contact link.
 */
final class ContactChannels {
  private ContactChannels() {}

  static final String FACT = "contact_channel_given";

  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
  private static final Pattern PHONE = Pattern.compile(
      "(?<![\\w.])(?:\\+\\d{1,3}[\\s.-]?)?(?:1[\\s.-])?\\(?\\d{3}\\)?[\\s.-]?\\d{3}[\\s.-]\\d{4}(?!\\d)"
          + "|\\+\\d{1,3}(?:[\\s.-]?\\(?\\d{1,4}\\)?){2,5}(?!\\d)|(?<!\\d)400[-\\s]?\\d{3}[-\\s]?\\d{4}(?!\\d)");
  private static final Pattern CONTACT_URL = Pattern.compile(
      "(?:contact\\w*|reach|write to|form|kontakt\\w*|contacto|contato|contactez|联系)[^.\\n]{0,40}?"
          + "((?:https?://|www\\.)\\S+|\\b[\\w-]+(?:\\.[\\w-]+)+\\.(?:com|net|org|io|is|ch|de|fr|es|pt|cn|br|mx)(?:/\\S*)?)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  static Found<Boolean> find(NormalizedText nt) {
    String text = nt.text();
    int[] best = null;
    for (Pattern p : new Pattern[] {EMAIL, PHONE}) {
      Matcher m = p.matcher(text);
      if (m.find() && (best == null || m.start() < best[0])) {
        best = new int[] {m.start(), m.end()};
      }
    }
    Matcher url = CONTACT_URL.matcher(text);
    if (url.find() && (best == null || url.start(1) < best[0])) {
      best = new int[] {url.start(1), url.end(1)};
    }
    if (best == null) {
      return null;
    }
    int start = Math.max(0, best[0] - 60);
    int end = Math.min(text.length(), best[1] + 20);
    return new Found<>(true, nt.evidence(FACT, start, end));
  }
}
