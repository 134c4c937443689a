package dev.sellertrust.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Loads the job config: the bundled defaults (identical to jobs/config/default.json) with a user file merged on top.
 * Every key of the user file must exist in the defaults, so a misspelt key fails instead of being ignored.
 */
public final class ConfigLoader {

  /** Bumped by hand when a formula changes; the config hash is appended so changed weights change the version. */
  public static final String METHODOLOGY_BASE = "3.1";

  private static final String DEFAULTS_RESOURCE = "/dev/sellertrust/config/default.json";
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private ConfigLoader() {}

  public static JobConfig defaults() {
    return bind(defaultsTree());
  }

  /** Loads the defaults merged with {@code file}; {@code file} may be null. */
  public static JobConfig load(Path file) {
    ObjectNode tree = defaultsTree();
    if (file != null) {
      JsonNode user;
      try {
        user = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
      } catch (NoSuchFileException e) {
        throw new ConfigException("config file not found: " + file);
      } catch (JsonProcessingException e) {
        throw new ConfigException(
            "config " + file + " is not valid JSON at line " + e.getLocation().getLineNr() + ": "
                + e.getOriginalMessage());
      } catch (IOException e) {
        throw new ConfigException("cannot read config " + file + ": " + e.getMessage(), e);
      }
      if (user == null || !user.isObject()) {
        throw new ConfigException("config " + file + " must be a JSON object");
      }
      merge(tree, (ObjectNode) user, "");
    }
    return bind(tree);
  }

  public static String toJson(JobConfig config) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(config);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The methodology version: the base version plus a short hash of every setting that changes a score. */
  public static String methodologyVersion(JobConfig c) {
    String scoring =
        toJson(
            new JobConfig(
                c.window(), c.weights(), c.priors(), c.floors(), c.service(), c.returns(), c.delivery(),
                c.reviews(), c.zeroPoints(), c.tiers(), c.reasons(), null, null, null, c.integrity(), null));
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(scoring.getBytes(StandardCharsets.UTF_8));
      return METHODOLOGY_BASE + "+" + HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode defaultsTree() {
    try (InputStream in = ConfigLoader.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bundled " + DEFAULTS_RESOURCE + " is missing from the jar");
      }
      return (ObjectNode) MAPPER.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void merge(ObjectNode base, ObjectNode user, String prefix) {
    Iterator<Map.Entry<String, JsonNode>> fields = user.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> e = fields.next();
      String key = prefix + e.getKey();
      JsonNode current = base.get(e.getKey());
      if (current == null) {
        String known = iterable(base.fieldNames()).stream().collect(Collectors.joining(", "));
        throw new ConfigException("unknown config key '" + key + "' (known here: " + known + ")");
      }
      if (current.isObject()) {
        if (!e.getValue().isObject()) {
          throw new ConfigException("config key '" + key + "' must be an object");
        }
        merge((ObjectNode) current, (ObjectNode) e.getValue(), key + ".");
      } else {
        base.set(e.getKey(), e.getValue());
      }
    }
  }

  private static java.util.List<String> iterable(Iterator<String> it) {
    java.util.List<String> out = new java.util.ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  private static JobConfig bind(ObjectNode tree) {
    JobConfig config;
    try {
      config = MAPPER.treeToValue(tree, JobConfig.class);
    } catch (JsonMappingException e) {
      String path =
          e.getPath().stream()
              .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
              .collect(Collectors.joining("."));
      throw new ConfigException("config key '" + path + "' has a wrong type or value: " + e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      throw new ConfigException("config cannot be read: " + e.getOriginalMessage(), e);
    }
    ConfigValidator.validate(config);
    return config;
  }
}
