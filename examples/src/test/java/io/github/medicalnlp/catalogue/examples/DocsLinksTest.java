package io.github.medicalnlp.catalogue.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link of README.md, docs/, CHANGELOG.md and CURATION.md reaches a file that exists and,
 * when it names an anchor, a heading with that anchor: moving reference out of README must not leave a
 * reader at a dead link.
 */
class DocsLinksTest {

    private static final Path ROOT = Path.of("..");
    /** {@code ](target)} outside code; a target has no space or parenthesis. */
    private static final Pattern LINK = Pattern.compile("\\]\\(([^()\\s]+)\\)");
    private static final Pattern FENCE = Pattern.compile("(?ms)^```.*?^```$");
    private static final Pattern CODE = Pattern.compile("`[^`\\n]*`");

    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("CHANGELOG.md"),
                ROOT.resolve("json-io/src/main/resources/io/github/medicalnlp/catalogue/bundled/CURATION.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    private static String prose(String markdown) {
        return CODE.matcher(FENCE.matcher(markdown).replaceAll("")).replaceAll("");
    }

    private static Set<String> anchors(Path page) throws IOException {
        Set<String> anchors = new HashSet<>();
        for (String line : prose(Files.readString(page)).split("\n")) {
            Matcher h = Pattern.compile("^#{1,6} (.+)$").matcher(line);
            if (h.find()) {
                anchors.add(Section.anchorOf(h.group(1).strip()));
            }
        }
        return anchors;
    }

    @Test
    void everyRelativeLinkReachesAFileAndAHeading() throws IOException {
        List<String> dead = new ArrayList<>();
        int checked = 0;
        for (Path page : pages()) {
            Matcher m = LINK.matcher(prose(Files.readString(page)));
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
                    continue; // https:, mailto:
                }
                int hash = target.indexOf('#');
                String file = hash < 0 ? target : target.substring(0, hash);
                Path to = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
                checked++;
                if (!Files.exists(to)) {
                    dead.add(page + ": " + target + " (no file)");
                } else if (hash >= 0 && to.toString().endsWith(".md")
                        && !anchors(to).contains(target.substring(hash + 1))) {
                    dead.add(page + ": " + target + " (no heading)");
                }
            }
        }
        assertThat(dead).isEmpty();
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void readmeLinksEveryPageOfDocs() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            assertThat(docs.map(p -> "docs/" + p.getFileName())).allMatch(p -> readme.contains("](" + p + ")"));
        }
    }
}
