package io.github.medicalnlp.catalogue.markdown;

import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.internal.Checks;
import io.github.medicalnlp.catalogue.internal.Tree;
import io.github.medicalnlp.catalogue.lint.Finding;
import io.github.medicalnlp.catalogue.lint.Linter;
import io.github.medicalnlp.catalogue.lint.Location;
import io.github.medicalnlp.catalogue.lint.RuleInfo;
import io.github.medicalnlp.catalogue.lint.Severity;
import io.github.medicalnlp.catalogue.markdown.internal.EntryStyle;
import io.github.medicalnlp.catalogue.markdown.internal.LintLocator;
import io.github.medicalnlp.catalogue.internal.Text;
import io.github.medicalnlp.catalogue.markdown.internal.LintText;
import io.github.medicalnlp.catalogue.markdown.internal.Parsed;
import io.github.medicalnlp.catalogue.markdown.internal.Syntax;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lints a Markdown document: every rule of {@link Linter} with the file location of each finding, and
 * the rules that need the text itself — star badges that name another repository than the entry's
 * address, Contents links without a heading and headings missing from the Contents, and mixed bullet
 * markers in one section.
 *
 * <pre>{@code
 * MarkdownDocument doc = MarkdownReader.create().read(Path.of("README.md"));
 * for (Finding f : MarkdownLinter.standard().lint(doc)) {
 *     System.out.println(f);   // README.md:83:1: error: entry-without-link: 'MultiMedBench' has no link; ...
 * }
 * }</pre>
 *
 * <p>Linters are immutable and safe to share as constants. A lint takes time linear in the document
 * and its findings (n log n with the sorting): the places of findings come from indexes built once per
 * document, and heading and Contents text is read by scanners, not by backtracking expressions.
 */
public final class MarkdownLinter {

    /** A star badge naming another repository than the entry's. */
    public static final RuleInfo BADGE_MISMATCH = new RuleInfo("badge-mismatch", Severity.ERROR,
            "a star badge names another GitHub repository than the entry's address");
    /** A Contents link to no heading. */
    public static final RuleInfo CONTENTS_WITHOUT_HEADING = new RuleInfo("contents-without-heading", Severity.ERROR,
            "a Contents item links to an anchor no heading has");
    /** A heading the Contents does not list. */
    public static final RuleInfo HEADING_MISSING_FROM_CONTENTS = new RuleInfo("heading-missing-from-contents",
            Severity.WARNING, "a section heading is missing from the Contents list");
    /** Entries of one section written with different bullet markers. */
    public static final RuleInfo MIXED_BULLETS = new RuleInfo("mixed-bullets", Severity.WARNING,
            "the entries of one section use different bullet markers (* and -)");

    /** Starts with a literal and repeats no group: each try ends at the next '/' or white space, so linear. */
    private static final Pattern BADGE = Pattern.compile(
            Pattern.quote(Syntax.STAR_BADGE_HOST) + "([A-Za-z0-9._-]+/[A-Za-z0-9._-]+?)(?:\\.svg)?(?=[\\s)?&#])");

    private static final MarkdownLinter STANDARD = new MarkdownLinter(Linter.standard());

    private final Linter model;

    private MarkdownLinter(Linter model) {
        this.model = model;
    }

    /** A linter with every rule on. */
    public static MarkdownLinter standard() {
        return STANDARD;
    }

    /** Every rule, those of {@link Linter} first. */
    public static List<RuleInfo> rules() {
        List<RuleInfo> all = new ArrayList<>(Linter.rules());
        all.addAll(List.of(BADGE_MISMATCH, CONTENTS_WITHOUT_HEADING, HEADING_MISSING_FROM_CONTENTS, MIXED_BULLETS));
        return List.copyOf(all);
    }

    /** A linter like this one with the rule switched off. */
    public MarkdownLinter without(String ruleId) {
        return new MarkdownLinter(model.without(ruleId));
    }

    /** Whether the rule is on. */
    public boolean isEnabled(String ruleId) {
        return model.isEnabled(ruleId);
    }

    /** The findings of every enabled rule, each with its file location, in the order of the file. */
    public List<Finding> lint(MarkdownDocument document) {
        Checks.notNull(document, "document");
        Run run = new Run(document);
        List<Finding> modelFindings = model.lint(document.catalogue());
        List<Location> places = run.locator.locate(modelFindings);
        List<Finding> out = new ArrayList<>(modelFindings.size());
        for (int i = 0; i < modelFindings.size(); i++) {
            out.add(modelFindings.get(i).at(places.get(i)));
        }
        if (isEnabled(BADGE_MISMATCH.id())) {
            run.badges(out);
        }
        if (isEnabled(CONTENTS_WITHOUT_HEADING.id()) || isEnabled(HEADING_MISSING_FROM_CONTENTS.id())) {
            run.contents(out, isEnabled(CONTENTS_WITHOUT_HEADING.id()), isEnabled(HEADING_MISSING_FROM_CONTENTS.id()));
        }
        if (isEnabled(MIXED_BULLETS.id())) {
            run.bullets(out);
        }
        out.sort(Comparator.comparingInt((Finding f) -> f.location().map(Location::line).orElse(0))
                .thenComparingInt(f -> f.location().map(Location::column).orElse(0)));
        return List.copyOf(out);
    }

    /** One lint of one document: its segments, sections and lines indexed once. */
    private static final class Run {
        private final Parsed parsed;
        private final String text;
        private final List<Tree.Node> nodes;
        private final List<String> paths;
        private final LintLocator locator;

        Run(MarkdownDocument doc) {
            this.parsed = doc.parsed();
            this.text = parsed.text();
            this.nodes = Tree.nodes(parsed.catalogue());
            this.paths = nodes.stream().map(Tree.Node::path).toList();
            this.locator = new LintLocator(parsed, doc.sourceName(), paths);
        }

        private Location at(int offset) {
            return locator.at(offset);
        }

        void badges(List<Finding> out) {
            for (Parsed.Segment s : parsed.segments()) {
                if (s.type() != Parsed.Type.ENTRY) {
                    continue;
                }
                Matcher m = BADGE.matcher(text).region(s.start(), s.end());
                if (!m.find()) {
                    continue;
                }
                Entry e = nodes.get(s.section()).section().entries().get(s.entry());
                List<String> repositories = e.gitHubRepositories();
                Set<String> repos = new HashSet<>();
                repositories.forEach(r -> repos.add(r.toLowerCase(Locale.ROOT)));
                String expected = repositories.isEmpty() ? "no GitHub repository" : String.join(", ", repositories);
                do {
                    String badge = m.group(1);
                    if (!repos.contains(badge.toLowerCase(Locale.ROOT))) {
                        out.add(new Finding(BADGE_MISMATCH.id(), BADGE_MISMATCH.severity(),
                                "the star badge of '" + Text.abbreviate(e.name(), 80) + "' names " + badge + " but its address is "
                                        + expected + "; make the badge match the address",
                                Optional.of(paths.get(s.section())), Optional.of(e.name()),
                                Optional.of(s.entry()), Optional.empty(), Optional.of(at(m.start(1)))));
                    }
                } while (m.find());
            }
        }

        void contents(List<Finding> out, boolean links, boolean headings) {
            Set<String> anchors = new HashSet<>();
            Map<String, Integer> counts = new HashMap<>();
            for (Parsed.Segment s : parsed.segments()) {
                if (s.type() == Parsed.Type.HEADING || s.type() == Parsed.Type.TITLE
                        || s.type() == Parsed.Type.SPECIAL_HEADING) {
                    String heading = LintText.headingText(parsed.text(s));
                    String slug = Section.anchorOf(heading);
                    int n = counts.merge(slug, 1, Integer::sum) - 1;
                    anchors.add((n == 0 ? slug : slug + "-" + n).toLowerCase(Locale.ROOT));
                }
            }
            Set<String> listed = new HashSet<>();
            boolean[] hasContents = {false};
            for (Parsed.Segment s : parsed.segments()) {
                if (s.type() != Parsed.Type.NAV) {
                    continue;
                }
                LintText.anchorLinks(text, s.start(), s.end(), (written, offset) -> {
                    hasContents[0] = true;
                    String anchor = LintText.decodeAnchor(written).toLowerCase(Locale.ROOT);
                    listed.add(anchor);
                    if (links && !anchors.contains(anchor) && !anchor.equals("contents")) {
                        out.add(new Finding(CONTENTS_WITHOUT_HEADING.id(), CONTENTS_WITHOUT_HEADING.severity(),
                                "the Contents links to #" + written + " but no heading has that anchor; add the"
                                        + " heading or remove the item",
                                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                                Optional.of(at(offset - 1))));
                    }
                });
            }
            if (!headings || !hasContents[0]) {
                return;
            }
            for (int i = 0; i < nodes.size(); i++) {
                Section section = nodes.get(i).section();
                if (!listed.contains(section.anchor().toLowerCase(Locale.ROOT))) {
                    out.add(new Finding(HEADING_MISSING_FROM_CONTENTS.id(), HEADING_MISSING_FROM_CONTENTS.severity(),
                            "heading '" + section.heading() + "' is not in the Contents; add it",
                            Optional.of(paths.get(i)), Optional.empty(), Optional.empty(), Optional.empty(),
                            Optional.of(at(locator.heading(i)))));
                }
            }
        }

        void bullets(List<Finding> out) {
            Map<Integer, String> first = new HashMap<>();
            List<Parsed.Segment> segments = parsed.segments();
            for (int k = 0; k < segments.size(); k++) {
                Parsed.Segment s = segments.get(k);
                if (s.type() != Parsed.Type.ENTRY || !(parsed.styleOf(k) instanceof EntryStyle.Bullet b)) {
                    continue;
                }
                String marker = b.marker();
                String before = first.putIfAbsent(s.section(), marker);
                if (before != null && !before.equals(marker)) {
                    Entry e = nodes.get(s.section()).section().entries().get(s.entry());
                    out.add(new Finding(MIXED_BULLETS.id(), MIXED_BULLETS.severity(),
                            "'" + Text.abbreviate(e.name(), 80) + "' is a '" + marker + "' item among '" + before + "' items; use one marker",
                            Optional.of(paths.get(s.section())), Optional.of(e.name()), Optional.of(s.entry()),
                            Optional.empty(), Optional.of(at(locator.skipIndent(s.start())))));
                    first.put(s.section(), before);
                }
            }
        }
    }
}
