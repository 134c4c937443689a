package dev.sellertrust.policy;

/** A value read from the text together with its {@link Evidence}. */
record Found<T>(T value, Evidence evidence) {}
