package dev.sellertrust.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link of the user documentation (README.md, CHANGELOG.md, docs/**.md) points to a file that exists,
 * and every {@code #anchor} to a heading of its target, as GitHub renders them. Docs are moved and retitled often;
 * a dead link is found here rather than by a reader.
 */
class DocLinksTest {

  static List<Path> userDocs() throws IOException {
    List<Path> docs = new ArrayList<>();
    for (String top : List.of("README.md", "CHANGELOG.md")) {
      if (Files.exists(Path.of(top))) {
        docs.add(Path.of(top));
      }
    }
    try (Stream<Path> files = Files.walk(Path.of("docs"))) {
      files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    return docs;
  }

  @Test
  void everyRelativeLinkAndAnchorResolves() throws IOException {
    List<Path> docs = userDocs();
    assertTrue(docs.contains(Path.of("README.md")), "run from the project root: README.md not found");
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (Path doc : docs) {
      for (MarkdownLinks.Link link : MarkdownLinks.links(Files.readString(doc))) {
        checked++;
        String problem = MarkdownLinks.problem(doc, link.target());
        if (problem != null) {
          broken.add(doc + ":" + link.line() + ": (" + link.target() + ") " + problem);
        }
      }
    }
    assertTrue(checked > 20, "too few links found to trust the parser: " + checked);
    assertEquals(List.of(), broken, "broken links in the documentation");
  }

  @Test
  void readmeDocumentationIndexListsEveryDoc() throws IOException {
    String index = section(Files.readString(Path.of("README.md")), "## Documentation");
    List<String> targets = MarkdownLinks.links(index).stream().map(l -> l.target().split("#", 2)[0]).toList();
    List<String> missing = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("docs"))) {
      files.filter(p -> p.toString().endsWith(".md")).sorted()
          .map(p -> p.toString().replace('\\', '/'))
          .filter(p -> !targets.contains(p))
          .forEach(missing::add);
    }
    assertEquals(List.of(), missing, "docs that the README's \"## Documentation\" section does not link to");
  }

  /** The lines from a heading to the next heading of the same or a higher level. */
  static String section(String markdown, String heading) {
    StringBuilder out = new StringBuilder();
    boolean in = false;
    for (String line : markdown.lines().toList()) {
      if (line.strip().equals(heading)) {
        in = true;
        continue;
      }
      if (in && line.startsWith("#") && line.indexOf(' ') <= heading.indexOf(' ')) {
        break;
      }
      if (in) {
        out.append(line).append('\n');
      }
    }
    assertFalse(out.isEmpty(), "no section " + heading);
    return out.toString();
  }

  // ---- the parser and GitHub's slug rule, checked on their own so that a lenient parser cannot pass everything

  @Test
  void slugsFollowGitHub() {
    assertEquals("from-the-olist-dataset", MarkdownLinks.slug("From the Olist dataset"));
    assertEquals("7-does-it-work-measured", MarkdownLinks.slug("7. Does it work? (measured)"));
    assertEquals("seller_scores--one-row-per-seller-of-sellers",
        MarkdownLinks.slug("seller_scores — one row per seller of `sellers`"));
    assertEquals("truth-files---truth-never-in---out", MarkdownLinks.slug("Truth files (`--truth`, never in `--out`)"));
    assertEquals("the-docs", MarkdownLinks.slug("The [docs](docs/README.md)"));
  }

  @Test
  void duplicateHeadingsGetNumberedAnchors() {
    List<String> anchors = MarkdownLinks.anchors("# A\n## Usage\ntext\n## Usage\n```\n# not a heading\n```\n");
    assertEquals(List.of("a", "usage", "usage-1"), anchors);
  }

  @Test
  void linksInCodeAreNotLinks() {
    String md = "see [a](a.md) and `[b](b.md)`\n```\n[c](c.md)\n```\n![pic](img/p.png \"title\") [web](https://x.org)\n";
    List<String> targets = MarkdownLinks.links(md).stream().map(MarkdownLinks.Link::target).toList();
    assertEquals(List.of("a.md", "img/p.png"), targets);
  }

  @Test
  void aMissingFileOrHeadingIsReported() {
    Path readme = Path.of("README.md");
    assertFalse(MarkdownLinks.problem(readme, "docs/NO_SUCH_DOC.md") == null, "missing file accepted");
    assertFalse(MarkdownLinks.problem(readme, "docs/INPUT_CONTRACT.md#no-such-heading") == null, "missing anchor accepted");
    assertFalse(MarkdownLinks.problem(readme, "#no-such-heading-here") == null, "missing local anchor accepted");
    assertEquals(null, MarkdownLinks.problem(readme, "docs/INPUT_CONTRACT.md"));
  }
}
