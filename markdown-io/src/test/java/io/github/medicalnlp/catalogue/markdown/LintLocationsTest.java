package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.internal.Tree;
import io.github.medicalnlp.catalogue.lint.Finding;
import io.github.medicalnlp.catalogue.lint.Linter;
import io.github.medicalnlp.catalogue.lint.Location;
import io.github.medicalnlp.catalogue.lint.RuleInfo;
import io.github.medicalnlp.catalogue.markdown.internal.Parsed;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The linter places each finding of the model rules where looking through every segment for it placed
 * it (the way of the seed's linter, kept here as the reference): at its URL's first occurrence in its
 * entry, at its entry, at its section's heading, or at 1:1, on every corpus file and on generated lists
 * with duplicates, repeated and malformed addresses, mixed bullets, CRLF and a byte order mark.
 */
class LintLocationsTest {

    private static final Set<String> MODEL_RULES = Linter.rules().stream().map(RuleInfo::rule)
            .collect(Collectors.toSet());

    /** The seed's way: every segment looked at for every finding. */
    private static Location naive(MarkdownDocument doc, Map<String, Integer> sectionByPath, Finding f) {
        Parsed parsed = doc.parsed();
        String text = parsed.text();
        Integer section = f.sectionPath().map(sectionByPath::get).orElse(null);
        if (section == null) {
            return new Location(doc.sourceName(), 1, 1);
        }
        if (f.entryIndex().isPresent()) {
            for (Parsed.Segment s : parsed.segments()) {
                if (s.type() == Parsed.Type.ENTRY && s.section() == section && s.entry() == f.entryIndex().get()) {
                    int at = f.url().map(u -> text.indexOf(u, s.start())).filter(i -> i >= 0 && i < s.end())
                            .orElse(s.start());
                    return at(parsed, doc.sourceName(), skipIndent(text, at));
                }
            }
        }
        int heading = parsed.segments().get(parsed.sections().get(section).heading()).start();
        return at(parsed, doc.sourceName(), skipIndent(text, heading));
    }

    private static Location at(Parsed parsed, String source, int offset) {
        int line = parsed.lines().lineOf(offset);
        int column = offset - parsed.lines().start(line) + 1;
        if (parsed.text().startsWith("\uFEFF") && line == 0) {
            column = Math.max(1, column - 1);
        }
        return new Location(source, line + 1, column);
    }

    private static int skipIndent(String text, int offset) {
        int i = offset;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        return i;
    }

    private static void placesAsTheNaiveSearch(MarkdownDocument doc) {
        List<Tree.Node> nodes = Tree.nodes(doc.parsed().catalogue());
        Map<String, Integer> sectionByPath = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            sectionByPath.putIfAbsent(nodes.get(i).path(), i);
        }
        List<Finding> expected = new ArrayList<>();
        for (Finding f : Linter.standard().lint(doc.catalogue())) {
            expected.add(f.at(naive(doc, sectionByPath, f)));
        }
        expected.sort(Comparator.comparingInt((Finding f) -> f.location().orElseThrow().line())
                .thenComparingInt(f -> f.location().orElseThrow().column()));
        List<Finding> located = MarkdownLinter.standard().lint(doc).stream()
                .filter(f -> MODEL_RULES.contains(f.rule())).toList();
        assertThat(located).as(doc.sourceName()).isEqualTo(expected);
    }

    @Test
    void onEveryCorpusFile() throws java.io.IOException {
        List<Path> files = Corpus.files().toList();
        for (Path file : files) {
            placesAsTheNaiveSearch(MarkdownReader.create().read(file));
        }
    }

    @Test
    void onGeneratedLists() {
        Random r = new Random(Long.getLong("fuzz.seed", 5L));
        String[] names = {"A", "B", "A ", "ａ", "C"};
        String[] urls = {"https://a.org/x", "https://a.org/x/", "https://A.org/x#f", "ftp://f.org", "https://b.org",
            "https://github.com/o/r", "http://", "https://a.org/x y", "mailto:a@b.org", "https://c.org/a.org/x"};
        for (int doc = 0; doc < 300; doc++) {
            String nl = r.nextInt(3) == 0 ? "\r\n" : "\n";
            StringBuilder b = new StringBuilder(r.nextBoolean() ? "\uFEFF# T" : "# T").append(nl).append(nl);
            int number = 1;
            for (int block = r.nextInt(30); block > 0; block--) {
                String name = names[r.nextInt(names.length)];
                String url = urls[r.nextInt(urls.length)];
                switch (r.nextInt(6)) {
                    case 0 -> {
                        number += r.nextInt(3);
                        b.append(r.nextBoolean() ? "## " : "### ").append(number).append(". S").append(r.nextInt(3))
                                .append(nl).append(nl);
                    }
                    case 1 -> b.append("* [").append(name).append("](").append(url).append(") - ")
                            .append(r.nextBoolean() ? name : "d").append(nl);
                    case 2 -> b.append("- [").append(name).append("](").append(url).append(")").append(nl);
                    case 3 -> b.append("* ").append(name).append(nl).append("  * 地址：").append(url).append(nl)
                            .append("  * 简介：").append(url).append(" d").append(nl);
                    case 4 -> b.append("  * [").append(name).append("](").append(url).append(") ").append(url)
                            .append(nl);
                    default -> b.append(nl);
                }
            }
            placesAsTheNaiveSearch(MarkdownReader.create().read(b.toString(), "gen" + doc + ".md"));
        }
    }
}
