package io.github.medicalnlp.catalogue.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Modality;
import io.github.medicalnlp.catalogue.NewsItem;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.Task;
import io.github.medicalnlp.catalogue.TextField;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Properties of the diff over random catalogues and random edits of every part of a catalogue: the diff
 * is empty exactly when the catalogues are equal (so no difference goes unreported, whatever it is),
 * the counts add up, the diff is the same every time, and entries added one way are removed the other.
 */
class DiffPropertiesTest {

    private static final int TRIES = Integer.getInteger("property.tries", 3000) / 3;

    /** The edits, each of one part of a catalogue; some may leave it equal. */
    private static final int EDITS = 22;

    @Test
    void theDiffIsEmptyExactlyWhenTheCataloguesAreEqual() {
        Random r = new Random(21);
        int[] changedByEdit = new int[EDITS];
        for (int i = 0; i < TRIES; i++) {
            Catalogue a = catalogue(r);
            Catalogue b = a;
            int edits = 1 + r.nextInt(3);
            int lastEdit = -1;
            for (int k = 0; k < edits; k++) {
                lastEdit = r.nextInt(EDITS);
                try {
                    b = edit(b, lastEdit, r);
                } catch (IllegalArgumentException tooDeep) {
                    // the edit would nest sections more than Section.MAX_DEPTH levels: the model refuses it
                    assertThat(tooDeep).hasMessageContaining("levels deep");
                }
            }
            CatalogueDiff diff = CatalogueDiff.between(a, b);
            String where = "try " + i + ", edit " + lastEdit + ":\n" + a.describe() + "\n->\n" + b.describe() + "\n" + diff.describe();
            assertThat(diff.isEmpty()).as(where).isEqualTo(a.equals(b));
            assertThat(diff.describe().equals("no changes")).as(where).isEqualTo(a.equals(b));
            assertThat(diff.summary().equals("no changes")).as(where).isEqualTo(a.equals(b));
            if (edits == 1 && !a.equals(b)) {
                changedByEdit[lastEdit]++;
            }
            assertThat(a.entryCount() - diff.removed().size()).as(where).isEqualTo(b.entryCount() - diff.added().size());
            assertThat(a.allSections().size() - diff.sections(ChangeType.REMOVED).size()).as(where)
                    .isEqualTo(b.allSections().size() - diff.sections(ChangeType.ADDED).size());
            assertThat(CatalogueDiff.between(a, b)).as(where).isEqualTo(diff);
            CatalogueDiff back = CatalogueDiff.between(b, a);
            assertThat(back.added().stream().map(EntryChange::after).toList()).as(where)
                    .isEqualTo(diff.removed().stream().map(EntryChange::before).toList());
            assertThat(back.removed().size()).as(where).isEqualTo(diff.added().size());
            for (EntryChange c : diff.changed()) {
                for (EntryChange.Aspect aspect : c.aspects()) {
                    assertThat(c.valueBefore(aspect)).as(where).isNotNull();
                    assertThat(c.valueAfter(aspect)).as(where).isNotNull();
                }
            }
            assertThat(CatalogueDiff.between(a, a).isEmpty()).isTrue();
        }
        for (int e = 0; e < EDITS; e++) {
            assertThat(changedByEdit[e]).as("edit %s changed a catalogue on its own", e).isPositive();
        }
    }

    // ---------------------------------------------------------------- random catalogues

    static Catalogue catalogue(Random r) {
        Catalogue.Builder b = Catalogue.builder(pick(r, "Medical_NLP", "List", "Awesome"));
        if (r.nextBoolean()) {
            b.introduction(pick(r, "Intro.", "介绍\n\n第二段", ""));
        }
        for (int i = r.nextInt(3); i > 0; i--) {
            b.newsItem(NewsItem.of(pick(r, "", "2024/11/14", "2024/11/26"), pick(r, "新增", "updated", "新增 4")));
        }
        if (r.nextBoolean()) {
            b.citation(pick(r, "@misc{a}", "@misc{b, title={x}}"));
        }
        int top = r.nextInt(4);
        for (int s = 0; s < top; s++) {
            b.section(section(r, 0, s));
        }
        return b.build();
    }

    private static Section section(Random r, int depth, int index) {
        Section.Builder s = Section.builder(pick(r, "中文", "English", "Models", "Datasets", "Section " + index));
        if (r.nextInt(3) > 0) {
            s.number(depth == 0 ? String.valueOf(index + 1) : (index + 1) + "." + depth);
        }
        for (int e = r.nextInt(5); e > 0; e--) {
            s.entry(entry(r));
        }
        if (depth < 3) {
            for (int c = r.nextInt(depth == 0 ? 4 : 3); c > 0; c--) {
                s.child(section(r, depth + 1, c));
            }
        }
        return s.build();
    }

    private static Entry entry(Random r) {
        Entry.Builder e = Entry.builder(pick(r, "Huatuo", "CMB", "Apollo", "MedQA", "E" + r.nextInt(50)));
        if (r.nextInt(4) > 0) {
            e.link("https://github.com/o/r" + r.nextInt(20), pick(r, "", "地址"), LinkRole.HOMEPAGE);
        }
        if (r.nextBoolean()) {
            e.link("https://arxiv.org/abs/2401.0" + (1000 + r.nextInt(20)), "论文", LinkRole.PAPER);
        }
        if (r.nextBoolean()) {
            e.field(pick(r, "简介", ""), pick(r, "医疗问答", "desc " + r.nextInt(9)));
        }
        if (r.nextBoolean()) {
            e.kind(pick(r, Kind.DATASET, Kind.MODEL));
        }
        if (r.nextBoolean()) {
            e.language(pick(r, Language.CHINESE, Language.ENGLISH));
        }
        if (r.nextBoolean()) {
            e.modality(Modality.TEXT);
        }
        if (r.nextBoolean()) {
            e.task(pick(r, "qa", "ner"));
        }
        if (r.nextBoolean()) {
            e.tag(pick(r, "t1", "t2"));
        }
        if (r.nextBoolean()) {
            e.group(pick(r, "组一", "组二"));
        }
        return e.build();
    }

    @SafeVarargs
    private static <T> T pick(Random r, T... values) {
        return values[r.nextInt(values.length)];
    }

    // ---------------------------------------------------------------- random edits

    static Catalogue edit(Catalogue c, int kind, Random r) {
        return switch (kind) {
            case 0 -> c.withTitle(pick(r, "Medical_NLP", "Awesome-AI4Med"));
            case 1 -> c.withIntroduction(pick(r, "", "Intro.", "Other intro."));
            case 2 -> c.withNews(shuffledOrEdited(c.news(), r, () -> NewsItem.of("2025", "new " + r.nextInt(3))));
            case 3 -> r.nextBoolean() ? c.withoutCitation() : c.withCitation(pick(r, "@misc{a}", "@misc{c}"));
            case 4 -> onSection(c, r, s -> s.withTitle(pick(r, "中文", "中文数据集", "Models")));
            case 5 -> onSection(c, r, s -> r.nextBoolean() ? s.toBuilder().number(null).build()
                    : s.withNumber(pick(r, "1", "2", "9.9")));
            case 6 -> onSection(c, r, s -> s.withAnchor(pick(r, "a", "b", s.anchor() + "-1")));
            case 7 -> onSection(c, r, s -> s.withChildren(shuffledOrEdited(s.children(), r, () -> section(r, 2, 0))));
            case 8 -> c.withSections(shuffledOrEdited(c.sections(), r, () -> section(r, 1, 0)));
            case 9 -> moveSection(c, r);
            case 10 -> onSection(c, r, s -> s.withEntries(shuffledOrEdited(s.entries(), r, () -> entry(r))));
            case 11 -> onEntry(c, r, e -> e.withName(pick(r, "Huatuo", "Renamed", "E1")));
            case 12 -> onEntry(c, r, e -> e.withLinks(r.nextBoolean() ? List.of()
                    : List.of(Link.of("https://github.com/o/r" + r.nextInt(20), pick(r, "", "地址"), LinkRole.HOMEPAGE))));
            case 13 -> onEntry(c, r, e -> e.withFields(r.nextBoolean() ? List.of() : List.of(TextField.of("简介", "x"))));
            case 14 -> onEntry(c, r, e -> e.toBuilder().kind(r.nextBoolean() ? null : Kind.PAPER).build());
            case 15 -> onEntry(c, r, e -> e.withLanguages(r.nextBoolean() ? List.of() : List.of(Language.MULTILINGUAL)));
            case 16 -> onEntry(c, r, e -> e.withModalities(r.nextBoolean() ? List.of() : List.of(Modality.IMAGE)));
            case 17 -> onEntry(c, r, e -> e.withTasks(r.nextBoolean() ? List.of() : List.of(Task.SUMMARIZATION)));
            case 18 -> onEntry(c, r, e -> e.withTags(r.nextBoolean() ? List.of() : List.of("t3")));
            case 19 -> onEntry(c, r, e -> e.toBuilder().group(r.nextBoolean() ? null : "组三").build());
            case 20 -> moveEntry(c, r);
            default -> onSection(c, r, s -> s.withEntries(shuffledOrEdited(s.entries(), r, () -> entry(r))));
        };
    }

    /** The list with two items swapped, one removed, one added or one repeated. */
    private static <T> List<T> shuffledOrEdited(List<T> list, Random r, java.util.function.Supplier<T> fresh) {
        List<T> out = new ArrayList<>(list);
        int what = r.nextInt(4);
        if (what == 0 && out.size() >= 2) {
            Collections.swap(out, r.nextInt(out.size()), r.nextInt(out.size()));
        } else if (what == 1 && !out.isEmpty()) {
            out.remove(r.nextInt(out.size()));
        } else if (what == 2 && !out.isEmpty()) {
            out.add(r.nextInt(out.size() + 1), out.get(r.nextInt(out.size())));
        } else {
            out.add(r.nextInt(out.size() + 1), fresh.get());
        }
        return out;
    }

    /** Every section's address (indexes from the top), depth first. */
    private static List<List<Integer>> addresses(List<Section> sections, List<Integer> above, List<List<Integer>> out) {
        for (int i = 0; i < sections.size(); i++) {
            List<Integer> a = new ArrayList<>(above);
            a.add(i);
            out.add(a);
            addresses(sections.get(i).children(), a, out);
        }
        return out;
    }

    private static List<Section> update(List<Section> sections, List<Integer> address, int depth,
            UnaryOperator<Section> change) {
        List<Section> copy = new ArrayList<>(sections);
        int i = address.get(depth);
        Section s = copy.get(i);
        Section changed = depth == address.size() - 1 ? change.apply(s)
                : s.withChildren(update(s.children(), address, depth + 1, change));
        if (changed == null) {
            copy.remove(i);
        } else {
            copy.set(i, changed);
        }
        return copy;
    }

    private static Catalogue onSection(Catalogue c, Random r, UnaryOperator<Section> change) {
        List<List<Integer>> all = addresses(c.sections(), List.of(), new ArrayList<>());
        return all.isEmpty() ? c : c.withSections(update(c.sections(), all.get(r.nextInt(all.size())), 0, change));
    }

    private static Catalogue onEntry(Catalogue c, Random r, UnaryOperator<Entry> change) {
        List<List<Integer>> withEntries = addresses(c.sections(), List.of(), new ArrayList<>()).stream()
                .filter(a -> section(c, a).entries().size() > 0).toList();
        if (withEntries.isEmpty()) {
            return c;
        }
        List<Integer> at = withEntries.get(r.nextInt(withEntries.size()));
        int index = r.nextInt(section(c, at).entries().size());
        return c.withSections(update(c.sections(), at, 0, s -> {
            List<Entry> entries = new ArrayList<>(s.entries());
            entries.set(index, change.apply(entries.get(index)));
            return s.withEntries(entries);
        }));
    }

    private static Section section(Catalogue c, List<Integer> address) {
        Section s = c.sections().get(address.get(0));
        for (int d = 1; d < address.size(); d++) {
            s = s.children().get(address.get(d));
        }
        return s;
    }

    /** One section cut out and put under another section (or at the top). */
    private static Catalogue moveSection(Catalogue c, Random r) {
        List<List<Integer>> all = addresses(c.sections(), List.of(), new ArrayList<>());
        if (all.isEmpty()) {
            return c;
        }
        List<Integer> from = all.get(r.nextInt(all.size()));
        Section moved = section(c, from);
        Catalogue without = c.withSections(update(c.sections(), from, 0, s -> null));
        List<List<Integer>> targets = addresses(without.sections(), List.of(), new ArrayList<>());
        if (targets.isEmpty() || r.nextInt(4) == 0) {
            List<Section> top = new ArrayList<>(without.sections());
            top.add(r.nextInt(top.size() + 1), moved);
            return without.withSections(top);
        }
        try {
            return without.withSections(update(without.sections(), targets.get(r.nextInt(targets.size())), 0, s -> {
                List<Section> kids = new ArrayList<>(s.children());
                kids.add(r.nextInt(kids.size() + 1), moved);
                return s.withChildren(kids);
            }));
        } catch (IllegalArgumentException tooDeep) { // more than Section.MAX_DEPTH levels there: move it to the top
            List<Section> top = new ArrayList<>(without.sections());
            top.add(r.nextInt(top.size() + 1), moved);
            return without.withSections(top);
        }
    }

    /** One entry cut out and put into another section. */
    private static Catalogue moveEntry(Catalogue c, Random r) {
        List<List<Integer>> all = addresses(c.sections(), List.of(), new ArrayList<>());
        List<List<Integer>> withEntries = all.stream().filter(a -> !section(c, a).entries().isEmpty()).toList();
        if (withEntries.isEmpty()) {
            return c;
        }
        List<Integer> from = withEntries.get(r.nextInt(withEntries.size()));
        int index = r.nextInt(section(c, from).entries().size());
        Entry moved = section(c, from).entries().get(index);
        Catalogue without = c.withSections(update(c.sections(), from, 0, s -> {
            List<Entry> entries = new ArrayList<>(s.entries());
            entries.remove(index);
            return s.withEntries(entries);
        }));
        List<Integer> to = all.get(r.nextInt(all.size()));
        return without.withSections(update(without.sections(), to, 0, s -> {
            List<Entry> entries = new ArrayList<>(s.entries());
            entries.add(r.nextInt(entries.size() + 1), moved);
            return s.withEntries(entries);
        }));
    }

}
