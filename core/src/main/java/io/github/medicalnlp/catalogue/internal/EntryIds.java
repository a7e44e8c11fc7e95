package io.github.medicalnlp.catalogue.internal;

import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Section;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The stable ids of entries, {@code <section key>/<name slug>}, as the curation data and the flat exports
 * use them. A section's key is its number, or its anchor when it has none. The k-th entry (k ≥ 2) of a
 * section whose name gives the same slug as an earlier one gets {@code ~k} appended: a slug never
 * holds {@code ~}, so the suffixed id cannot be another entry's. Ids are unique across all the sections an
 * instance has seen, too: when two sections have the same key (two sections numbered 1, or a section
 * titled "1" beside one numbered 1), an id an earlier section took gets the next free {@code ~k}.
 *
 * <p>An instance remembers the ids of each section it has seen (by identity), so that the ids of all
 * the entries of a catalogue cost one pass over each section; asked in document order, it gives the
 * first of two sections the plain ids. Not thread-safe: one per export.
 */
public final class EntryIds {

    private final Map<Section, String[]> bySection = new IdentityHashMap<>();
    private final Set<String> taken = new HashSet<>();
    private final Map<String, Integer> looseSeen = new HashMap<>();

    /**
     * The id of {@code entry}, which stands at {@code index} among the own entries of {@code section}.
     *
     * @throws IllegalArgumentException when it does not stand there
     */
    public String of(Section section, int index, Entry entry) {
        List<Entry> entries = section.entries();
        if (index >= entries.size() || (entries.get(index) != entry && !entries.get(index).equals(entry))) {
            throw new IllegalArgumentException("the entry '" + Text.abbreviate(entry.name(), 40) + "' is not entry "
                    + index + " of its section '" + Text.abbreviate(section.title(), 40) + "', which has "
                    + entries.size() + " entries");
        }
        return bySection.computeIfAbsent(section, this::all)[index];
    }

    /** The ids of all the own entries of a section, in order. */
    private String[] all(Section section) {
        List<Entry> entries = section.entries();
        String key = key(section);
        String[] ids = new String[entries.size()];
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            String slug = slug(entries.get(i).name());
            ids[i] = unique(plain(key, slug), slug, seen);
        }
        return ids;
    }

    /**
     * The id of an entry given without its section, as the next of a list: the slug of its name alone
     * ({@code cmedqa2-108k}), with {@code ~k} for the k-th name of the list that gives the same slug. It
     * holds no {@code /}, so it is no id of an entry in a section.
     */
    public String withoutSection(Entry entry) {
        String slug = slug(entry.name());
        return unique(slug, slug, looseSeen);
    }

    /** {@code base}, or {@code base~k} for the k-th slug seen in {@code seen}, and not taken before. */
    private String unique(String base, String slug, Map<String, Integer> seen) {
        int n = seen.merge(slug, 1, Integer::sum);
        String id = n == 1 ? base : base + "~" + n;
        while (!taken.add(id)) {
            id = base + "~" + ++n;
        }
        seen.put(slug, n);
        return id;
    }

    /** The id before any {@code ~k}: the section's key, a slash, the slug of the name. */
    private static String plain(String sectionKey, String slug) {
        return sectionKey + "/" + slug;
    }

    /** The id of the first entry with this name in a section with this key ({@code 3.1/cmedqa2-108k}). */
    public static String first(String sectionKey, String name) {
        return plain(sectionKey, slug(name));
    }

    /** The key of a section in ids: its number, or its anchor when it has none. */
    public static String key(Section section) {
        return section.number().orElse(section.anchor());
    }

    /**
     * The slug of a name: NFKC-normalised, lower-cased, every run of characters that are not letters or
     * digits made one hyphen, none at either end ({@code cMedQA2 (108K)} gives {@code cmedqa2-108k},
     * {@code “肝”柔相济，大模型} gives {@code 肝-柔相济-大模型}). A name with no letter or digit (an emoji) gives
     * {@code u+} and its code points in hexadecimal, joined by hyphens ({@code 🙂} gives {@code u+1f642}),
     * which no other name gives ({@code +} is neither). Linear in the length of the name.
     */
    public static String slug(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder(folded.length());
        boolean gap = false;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                slug.appendCodePoint(c);
                gap = false;
            } else if (!gap) {
                slug.append('-');
                gap = true;
            }
        }
        int from = slug.length() > 0 && slug.charAt(0) == '-' ? 1 : 0;
        int to = slug.length() > from && slug.charAt(slug.length() - 1) == '-' ? slug.length() - 1 : slug.length();
        if (from >= to) {
            StringBuilder codes = new StringBuilder("u+");
            name.codePoints().limit(16).forEach(c -> codes.append(codes.length() > 2 ? "-" : "").append(Integer.toHexString(c)));
            return codes.toString();
        }
        return slug.substring(from, to);
    }
}
