package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.lint.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What every fix must hold, checked through the public API. */
final class FixProperties {

    private FixProperties() {
    }

    /**
     * Every line the fix changed holds a finding it fixed, and every line it added is a Contents item it
     * added for a missing heading.
     */
    static void onlyLinesOfFixedFindingsChanged(MarkdownFix fix) {
        Set<Integer> fixedLines = fix.applied().stream().map(a -> a.finding().location().orElseThrow().line())
                .collect(Collectors.toSet());
        Set<String> addedItems = fix.applied().stream().filter(a -> a.before().isEmpty()).map(MarkdownFix.Applied::after)
                .collect(Collectors.toSet());
        for (MarkdownFix.LineChange c : fix.changes()) {
            for (int k = 0; k < c.removed().size(); k++) {
                if (k < c.added().size() && c.removed().get(k).equals(c.added().get(k))) {
                    continue;
                }
                assertThat(fixedLines).as("line %d of %s, changed to %s", c.line() + k, fix.original().sourceName(),
                        c.added()).contains(c.line() + k);
            }
            for (int k = c.removed().size(); k < c.added().size(); k++) {
                assertThat(addedItems).as("line added at %d of %s", c.newLine() + k, fix.original().sourceName())
                        .contains(c.added().get(k).stripTrailing());
            }
        }
    }

    /** The fixed document's findings are those before, but the fixed ones: no new finding. */
    static void sameFindingsBut(List<Finding> before, MarkdownFix fix) {
        Map<String, Integer> expected = count(before.stream().map(FixProperties::key).toList());
        fix.applied().forEach(a -> expected.merge(key(a.finding()), -1, Integer::sum));
        expected.values().removeIf(n -> n == 0);
        assertThat(count(fix.remaining().stream().map(FixProperties::key).toList()))
                .as("findings of the fixed %s", fix.original().sourceName()).isEqualTo(expected);
    }

    private static String key(Finding f) {
        return f.rule() + ": " + f.message();
    }

    private static Map<String, Integer> count(List<String> keys) {
        Map<String, Integer> out = new TreeMap<>();
        keys.forEach(k -> out.merge(k, 1, Integer::sum));
        return out;
    }

    /** The fixed text reads back to the catalogue as read, with the fixed links' URLs changed and nothing else. */
    static void sameCatalogueButFixedLinks(MarkdownDocument read, MarkdownFix fix) {
        Map<String, String> urls = new HashMap<>();
        fix.applied().stream().filter(a -> a.finding().rule().equals("malformed-url"))
                .forEach(a -> urls.put(a.before(), a.after()));
        Catalogue expected = read.catalogue().withSections(sections(read.catalogue().sections(), urls));
        Catalogue again = MarkdownReader.create().read(fix.fixed().source()).catalogue();
        assertThat(again).as("catalogue of the fixed %s", fix.original().sourceName()).isEqualTo(expected);
        assertThat(fix.fixed().catalogue()).isEqualTo(expected);
    }

    private static List<Section> sections(List<Section> sections, Map<String, String> urls) {
        List<Section> out = new ArrayList<>();
        for (Section s : sections) {
            List<Entry> entries = new ArrayList<>();
            for (Entry e : s.entries()) {
                List<Link> links = e.links().stream().map(l -> l.withUrl(urls.getOrDefault(l.url(), l.url()))).toList();
                entries.add(e.withLinks(links));
            }
            out.add(s.withEntries(entries).withChildren(sections(s.children(), urls)));
        }
        return out;
    }

    /** Fixing the fixed document changes nothing. */
    static void idempotent(MarkdownFix fix) {
        MarkdownFix again = MarkdownFixer.standard().fix(fix.fixed());
        assertThat(again.applied()).as("fixes of the fixed %s", fix.original().sourceName()).isEmpty();
        assertThat(again.changed()).isFalse();
        assertThat(again.fixed().source()).isEqualTo(fix.fixed().source());
    }
}
