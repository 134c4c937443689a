package dev.sellertrust.experience;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A validator for the subset of JSON Schema (draft 2020-12) that docs/schemas uses. A keyword outside the subset is an
 * error, not ignored: a schema must never appear to check something that nobody checks.
 */
final class JsonSchemaSubset {
  private static final Set<String> KEYWORDS = Set.of("$schema", "$id", "title", "description", "type", "required",
      "properties", "additionalProperties", "enum", "minimum", "maximum", "minLength", "minItems", "items", "pattern");

  private JsonSchemaSubset() {}

  /** Every violation, with its JSON path; empty when the instance is valid. */
  static List<String> validate(JsonNode schema, JsonNode instance) {
    List<String> errors = new ArrayList<>();
    check(schema, instance, "$", errors);
    return errors;
  }

  private static void check(JsonNode schema, JsonNode x, String path, List<String> errors) {
    for (Iterator<String> it = schema.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!KEYWORDS.contains(k)) {
        throw new IllegalArgumentException("schema keyword '" + k + "' at " + path + " is outside the supported subset");
      }
    }
    if (schema.has("type") && !typeMatches(schema.get("type"), x)) {
      errors.add(path + ": expected type " + schema.get("type") + " but got " + describe(x));
      return;
    }
    if (schema.has("enum")) {
      boolean found = false;
      for (JsonNode e : schema.get("enum")) {
        found |= equalsJson(e, x);
      }
      if (!found) {
        errors.add(path + ": " + x + " is not one of " + schema.get("enum"));
      }
    }
    if (x.isNumber()) {
      if (schema.has("minimum") && x.asDouble() < schema.get("minimum").asDouble()) {
        errors.add(path + ": " + x + " < minimum " + schema.get("minimum"));
      }
      if (schema.has("maximum") && x.asDouble() > schema.get("maximum").asDouble()) {
        errors.add(path + ": " + x + " > maximum " + schema.get("maximum"));
      }
    }
    if (x.isTextual()) {
      if (schema.has("minLength") && x.asText().codePointCount(0, x.asText().length()) < schema.get("minLength").asInt()) {
        errors.add(path + ": string shorter than " + schema.get("minLength"));
      }
      if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(x.asText()).find()) {
        errors.add(path + ": '" + x.asText() + "' does not match " + schema.get("pattern").asText());
      }
    }
    if (x.isArray()) {
      if (schema.has("minItems") && x.size() < schema.get("minItems").asInt()) {
        errors.add(path + ": fewer than " + schema.get("minItems") + " items");
      }
      if (schema.has("items")) {
        for (int i = 0; i < x.size(); i++) {
          check(schema.get("items"), x.get(i), path + "[" + i + "]", errors);
        }
      }
    }
    if (x.isObject()) {
      if (schema.has("required")) {
        for (JsonNode r : schema.get("required")) {
          if (!x.has(r.asText())) {
            errors.add(path + ": missing required property '" + r.asText() + "'");
          }
        }
      }
      JsonNode props = schema.path("properties");
      for (Iterator<Map.Entry<String, JsonNode>> it = x.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        if (props.has(f.getKey())) {
          check(props.get(f.getKey()), f.getValue(), path + "." + f.getKey(), errors);
        } else if (schema.has("additionalProperties") && !schema.get("additionalProperties").asBoolean(true)) {
          errors.add(path + ": property '" + f.getKey() + "' is not allowed");
        }
      }
    }
  }

  private static boolean typeMatches(JsonNode type, JsonNode x) {
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (typeMatches(t, x)) {
          return true;
        }
      }
      return false;
    }
    return switch (type.asText()) {
      case "null" -> x.isNull();
      case "boolean" -> x.isBoolean();
      case "string" -> x.isTextual();
      case "number" -> x.isNumber();
      case "integer" -> x.isIntegralNumber() || (x.isNumber() && x.asDouble() == Math.rint(x.asDouble()));
      case "array" -> x.isArray();
      case "object" -> x.isObject();
      default -> throw new IllegalArgumentException("unknown type " + type);
    };
  }

  private static boolean equalsJson(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.asDouble() == b.asDouble();
    }
    return a.equals(b);
  }

  private static String describe(JsonNode x) {
    return x.getNodeType().toString().toLowerCase() + " " + (x.toString().length() > 60 ? x.toString().substring(0, 60) + "…" : x);
  }
}
