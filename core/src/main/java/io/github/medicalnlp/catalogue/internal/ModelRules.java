package io.github.medicalnlp.catalogue.internal;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.lint.Finding;
import io.github.medicalnlp.catalogue.lint.RuleInfo;
import io.github.medicalnlp.catalogue.lint.Severity;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The lint rules that need only the catalogue. */
public final class ModelRules {

    /** Same address or same name twice in one section. */
    public static final RuleInfo DUPLICATE_ENTRY = new RuleInfo("duplicate-entry", Severity.ERROR,
            "two entries of one section have the same address (compared normalised) or the same name");
    /** The same address in two sections. */
    public static final RuleInfo REPEATED_RESOURCE = new RuleInfo("repeated-resource", Severity.WARNING,
            "an address already listed in another section (fine when the resource plays two roles)");
    /** An entry without links. */
    public static final RuleInfo ENTRY_WITHOUT_LINK = new RuleInfo("entry-without-link", Severity.ERROR,
            "an entry has no link at all");
    /** A URL that is not an absolute http(s) URL. */
    public static final RuleInfo MALFORMED_URL = new RuleInfo("malformed-url", Severity.ERROR,
            "a link is not an absolute http or https URL, or is a half-written Markdown link");
    /** A section with nothing in it. */
    public static final RuleInfo EMPTY_SECTION = new RuleInfo("empty-section", Severity.WARNING,
            "a section has no entry and no sub-section");
    /** Gaps and repeats in section numbers. */
    public static final RuleInfo SECTION_NUMBERING = new RuleInfo("section-numbering", Severity.WARNING,
            "the numbers of sibling sections skip a number or repeat one");
    /** An entry without description. */
    public static final RuleInfo DESCRIPTION_MISSING = new RuleInfo("description-missing", Severity.INFO,
            "an entry has no description (awesome-lint: a list item has a description)");
    /** A description that only repeats the name. */
    public static final RuleInfo DESCRIPTION_REPEATS_NAME = new RuleInfo("description-repeats-name", Severity.WARNING,
            "an entry's description repeats its name (awesome-lint: the description says more than the name)");

    /** Every model rule, in the order they run. */
    public static final List<RuleInfo> ALL = List.of(DUPLICATE_ENTRY, REPEATED_RESOURCE, ENTRY_WITHOUT_LINK,
            MALFORMED_URL, EMPTY_SECTION, SECTION_NUMBERING, DESCRIPTION_MISSING, DESCRIPTION_REPEATS_NAME);

    private ModelRules() {
    }

    /** The findings of the rules not in {@code disabled}, in document order. */
    public static List<Finding> check(Catalogue c, Set<String> disabled) {
        List<Finding> out = new ArrayList<>();
        Map<String, String> firstPathOfUrl = new HashMap<>();
        for (Tree.Node node : Tree.nodes(c)) {
            Section s = node.section();
            String path = node.path();
            if (on(disabled, EMPTY_SECTION) && s.entries().isEmpty() && s.children().isEmpty()
                    && !(c.citation().isPresent() && isReferenceSection(s))) {
                out.add(finding(EMPTY_SECTION, "section '" + s.heading() + "' is empty; add entries or remove it",
                        path, null, -1, null));
            }
            if (on(disabled, SECTION_NUMBERING)) {
                numbering(s.children(), path, out);
            }
            Map<String, Integer> urls = new HashMap<>();
            Map<String, Integer> names = new HashMap<>();
            for (int i = 0; i < s.entries().size(); i++) {
                Entry e = s.entries().get(i);
                entry(e, i, path, urls, names, firstPathOfUrl, disabled, out);
            }
        }
        if (on(disabled, SECTION_NUMBERING)) {
            numbering(c.sections(), null, out);
        }
        return out;
    }

    private static void entry(Entry e, int i, String path, Map<String, Integer> urls, Map<String, Integer> names,
            Map<String, String> firstPathOfUrl, Set<String> disabled, List<Finding> out) {
        if (on(disabled, DUPLICATE_ENTRY)) {
            String nameKey = Text.foldKey(e.name());
            Integer sameName = names.putIfAbsent(nameKey, i);
            if (sameName != null) {
                out.add(finding(DUPLICATE_ENTRY, "'" + Text.abbreviate(e.name(), 80) + "' is already entry " + (sameName + 1)
                        + " of this section; rename or merge it", path, e, i, null));
            }
        }
        Optional<String> primary = e.primaryUrl();
        if (primary.isPresent()) {
            String key = Urls.normalize(primary.get());
            Integer sameUrl = urls.putIfAbsent(key, i);
            if (sameUrl != null && on(disabled, DUPLICATE_ENTRY)) {
                out.add(finding(DUPLICATE_ENTRY, "'" + Text.abbreviate(e.name(), 80) + "' has the address of entry " + (sameUrl + 1)
                        + " of this section (" + primary.get() + "); merge the two", path, e, i, primary.get()));
            } else if (sameUrl == null) {
                String other = firstPathOfUrl.putIfAbsent(key, path);
                if (other != null && !other.equals(path) && on(disabled, REPEATED_RESOURCE)) {
                    out.add(finding(REPEATED_RESOURCE, "'" + Text.abbreviate(e.name(), 80) + "' is also listed in section " + other
                            + " (" + primary.get() + ")", path, e, i, primary.get()));
                }
            }
        }
        if (e.links().isEmpty() && on(disabled, ENTRY_WITHOUT_LINK)) {
            out.add(finding(ENTRY_WITHOUT_LINK, "'" + Text.abbreviate(e.name(), 80) + "' has no link; add its address", path, e, i, null));
        }
        if (on(disabled, MALFORMED_URL)) {
            for (Link l : e.links()) {
                problem(l.url()).ifPresent(p -> out.add(finding(MALFORMED_URL, "the address '" + l.url() + "' of '"
                        + Text.abbreviate(e.name(), 80) + "' " + p, path, e, i, l.url())));
            }
        }
        Optional<String> description = e.description();
        if (description.isEmpty() && on(disabled, DESCRIPTION_MISSING)) {
            out.add(finding(DESCRIPTION_MISSING, "'" + Text.abbreviate(e.name(), 80) + "' has no description", path, e, i, null));
        }
        if (description.isPresent() && on(disabled, DESCRIPTION_REPEATS_NAME)
                && Text.foldKey(description.get()).equals(Text.foldKey(e.name()))) {
            out.add(finding(DESCRIPTION_REPEATS_NAME, "the description of '" + Text.abbreviate(e.name(), 80)
                    + "' only repeats its name; say what it is", path, e, i, null));
        }
    }

    /** What is wrong with a URL, if anything. */
    public static Optional<String> problem(String url) {
        if (url.contains("](") || url.contains("[")) {
            return Optional.of("is a half-written Markdown link; keep one URL");
        }
        if (url.chars().anyMatch(Character::isWhitespace)) {
            return Optional.of("contains white space");
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return Optional.of("is not an absolute http or https URL");
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                return Optional.of("has no host");
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of("is not a valid URL (" + e.getReason() + " at index " + e.getIndex() + ")");
        }
    }

    private static boolean isReferenceSection(Section s) {
        String t = Text.fold(s.title());
        return t.contains("reference") || t.contains("citation") || t.contains("cite") || t.contains("参考")
                || t.contains("引用");
    }

    private static void numbering(List<Section> siblings, String parentPath, List<Finding> out) {
        Integer previous = null;
        for (Section s : siblings) {
            if (s.number().isEmpty()) {
                continue;
            }
            String n = s.number().get();
            String last = n.substring(n.lastIndexOf('.') + 1);
            if (!last.matches("\\d{1,6}")) {
                continue;
            }
            int value = Integer.parseInt(last);
            String path = parentPath == null ? s.label() : parentPath + Tree.PATH_SEPARATOR + s.label();
            if (previous != null && value == previous) {
                out.add(finding(SECTION_NUMBERING, "section number " + n + " repeats the one before it", path,
                        null, -1, null));
            } else if (previous != null && value > previous + 1) {
                out.add(finding(SECTION_NUMBERING, "section number " + n + " follows " + previous
                        + ": number " + (previous + 1) + " is missing", path, null, -1, null));
            }
            previous = value;
        }
    }

    private static boolean on(Set<String> disabled, RuleInfo rule) {
        return !disabled.contains(rule.rule());
    }

    /** A finding of a rule in a section, about an entry (index -1 for none) and a URL (or null). */
    public static Finding finding(RuleInfo rule, String message, String path, Entry e, int index, String url) {
        return new Finding(rule.rule(), rule.severity(), message, Optional.ofNullable(path),
                Optional.ofNullable(e).map(Entry::name), index < 0 ? Optional.empty() : Optional.of(index),
                Optional.ofNullable(url), Optional.empty());
    }
}
