package dev.sellertrust.quality;

import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** ISO code lists from the JDK, so the accepted codes follow the platform's standard tables. */
final class IsoCodes {
  private IsoCodes() {}

  static final List<String> COUNTRIES = List.of(Locale.getISOCountries());
  static final List<String> LANGUAGES = List.of(Locale.getISOLanguages());
  static final List<String> CURRENCIES = currencies();

  private static List<String> currencies() {
    Set<String> codes = new TreeSet<>();
    for (Currency c : Currency.getAvailableCurrencies()) {
      codes.add(c.getCurrencyCode());
    }
    return List.copyOf(codes);
  }
}
