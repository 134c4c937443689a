package dev.sellertrust.config;

/** The build's version, from the jar manifest (or "dev" when running from classes). */
public final class CodeVersion {
  private CodeVersion() {}

  public static String get() {
    String v = CodeVersion.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
