package dev.sellertrust.io;

import java.io.Serializable;
import java.util.List;

/** One column of the input contract. {@code allowed} holds the enum values (lower case) for {@link FieldType#ENUM}. */
public record FieldSpec(String name, FieldType type, boolean required, List<String> allowed) implements Serializable {

  public static FieldSpec required(String name, FieldType type) {
    return new FieldSpec(name, type, true, List.of());
  }

  public static FieldSpec optional(String name, FieldType type) {
    return new FieldSpec(name, type, false, List.of());
  }

  public static FieldSpec requiredEnum(String name, String... values) {
    return new FieldSpec(name, FieldType.ENUM, true, List.of(values));
  }

  public static FieldSpec optionalEnum(String name, String... values) {
    return new FieldSpec(name, FieldType.ENUM, false, List.of(values));
  }
}
