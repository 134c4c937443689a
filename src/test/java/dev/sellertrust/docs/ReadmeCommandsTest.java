package dev.sellertrust.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellertrust.cli.TrustScoreCli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The README's command table lists exactly the commands that {@code trust-score --help} lists. The help text comes
 * from picocli's model of {@link TrustScoreCli}; no command runs, so no Spark starts.
 */
class ReadmeCommandsTest {

  private static final Pattern HELP_COMMAND = Pattern.compile("^  (\\S+)(?:\\s{2,}.*)?$");

  static List<String> helpCommands() {
    String help = new CommandLine(new TrustScoreCli()).getUsageMessage(CommandLine.Help.Ansi.OFF);
    List<String> names = new ArrayList<>();
    boolean inCommands = false;
    for (String line : help.lines().toList()) {
      if (line.equals("Commands:")) {
        inCommands = true;
        continue;
      }
      Matcher m = HELP_COMMAND.matcher(line);
      if (inCommands && m.matches()) {
        names.add(m.group(1));
      }
    }
    return names;
  }

  /** The first column of the first table under the README's "## Commands": a command name, in backticks or not. */
  static List<String> readmeCommands(String readme) {
    List<String> names = new ArrayList<>();
    boolean inSection = false;
    boolean inTable = false;
    for (String line : readme.lines().toList()) {
      if (line.startsWith("## ")) {
        if (inSection) {
          break;
        }
        inSection = line.strip().equals("## Commands");
        continue;
      }
      if (!inSection) {
        continue;
      }
      if (line.startsWith("|")) {
        inTable = true;
        String first = line.substring(1).split("\\|", 2)[0].replace("`", "").strip();
        if (first.isEmpty() || first.matches("-+|:?-+:?") || first.equalsIgnoreCase("command")) {
          continue;
        }
        String[] words = first.split("\\s+");
        int i = words[0].endsWith("trust-score") && words.length > 1 ? 1 : 0;
        names.add(words[i]);
      } else if (inTable) {
        break;
      }
    }
    return names;
  }

  @Test
  void readmeCommandTableMatchesTheHelp() throws IOException {
    List<String> help = helpCommands();
    assertTrue(help.contains("run") && help.contains("help"), "could not read the commands of --help: " + help);
    List<String> readme = readmeCommands(Files.readString(Path.of("README.md")));
    assertEquals(readme.size(), new TreeSet<>(readme).size(), "a command is listed twice in the README: " + readme);
    TreeSet<String> missing = new TreeSet<>(help);
    missing.removeAll(readme);
    TreeSet<String> extra = new TreeSet<>(readme);
    extra.removeAll(help);
    assertEquals("missing: [] extra: []", "missing: " + missing + " extra: " + extra,
        "README's command table against trust-score --help " + help);
  }

  @Test
  void tableParserReadsOnlyTheCommandsSection() {
    String md = "# t\n## Commands\n| command | what |\n|---|---|\n| `run` | a |\n| jobs/trust-score `query` x | b |\n\n"
        + "| `other` | not the first table |\n## Next\n| `nope` | c |\n";
    assertEquals(List.of("run", "query"), readmeCommands(md));
  }
}
