package io.github.medicalnlp.catalogue.markdown.internal;

import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.Modality;
import io.github.medicalnlp.catalogue.Task;
import io.github.medicalnlp.catalogue.internal.Vocabularies;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The curated metadata of an entry that its headings do not imply, written as an HTML comment inside
 * the entry, invisible on GitHub:
 * {@code <!-- catalogue: kind=model; languages=en; modalities=text; tasks=question-answering; tags=exam -->}.
 * Values are URL-encoded; lists are separated by commas. Annotations written before modalities became a set
 * and tasks a closed vocabulary are read as they meant: {@code modality=vision-language} is text and image, a
 * task such as {@code qa} its task ({@link Task#parse}), and {@code tasks=exam} (a word that names no task:
 * {@code ehr}, {@code exam}, {@code instruction-tuning}, {@code knowledge-graph}) a tag. An optional last key, {@code group=Some+group}
 * ({@code group=} for none), gives the entry its group whatever group label is in effect where it stands:
 * the minimal-diff writer writes it for an entry written as paragraphs (under a bold name or a heading),
 * before which a group label would be read as an entry or a section. Without the key the entry is in the
 * group in effect, as annotations written before the key were read.
 */
public final class Annotation {

    /** Ends the group of the entries above it: the entries below stand in no group. */
    public static final String END_OF_GROUP = "<!-- catalogue: end of group -->";

    /**
     * Marks the heading above it as a section: written under a heading whose entries were all removed,
     * so that the reader, which takes a leaf heading with only text under it for an entry written as a
     * heading, still reads an empty section there.
     */
    public static final String SECTION = "<!-- catalogue: section -->";

    private static final Pattern COMMENT = Pattern.compile("^\\s*<!--\\s*catalogue:(.*?)-->\\s*$", Pattern.DOTALL);

    private Annotation() {
    }

    /**
     * The metadata of an entry.
     *
     * @param group the group the annotation gives: empty when it gives none (the group label in effect
     *     applies), {@code Optional.of(Optional.empty())} when it puts the entry in no group
     */
    public record Metadata(Optional<Kind> kind, List<Language> languages, Set<Modality> modalities,
            List<Task> tasks, List<String> tags, Optional<Optional<String>> group) {

        /** Metadata that gives no group. */
        public Metadata(Optional<Kind> kind, List<Language> languages, Set<Modality> modalities,
                List<Task> tasks, List<String> tags) {
            this(kind, languages, modalities, tasks, tags, Optional.empty());
        }

        /** This metadata, giving the entry {@code group} ({@code Optional.empty()}: no group). */
        public Metadata withGroup(Optional<String> group) {
            return new Metadata(kind, languages, modalities, tasks, tags, Optional.of(group));
        }

        /** The metadata of this entry, without its group (which group labels give). */
        public static Metadata of(Entry e) {
            return new Metadata(e.kind(), e.languages(), e.modalities(), e.tasks(), e.tags());
        }

        /** The metadata the headings imply, without tasks or tags. */
        public static Metadata of(Inference.Facts f) {
            return new Metadata(f.kind(), f.languages(), f.modalities(), List.of(), List.of());
        }

        /** The entry with this metadata, and with its group when this gives one. */
        public Entry.Builder applyTo(Entry.Builder b) {
            group.ifPresent(g -> b.group(g.orElse(null)));
            return b.kind(kind.orElse(null)).languages(languages).modalities(modalities).tasks(tasks).tags(tags);
        }
    }

    /** The comment for this metadata (without indent or line ending). */
    public static String write(Metadata m) {
        return "<!-- catalogue: kind=" + m.kind().map(Kind::word).orElse("")
                + "; languages=" + m.languages().stream().map(Language::code).collect(Collectors.joining(","))
                + "; modalities=" + m.modalities().stream().map(Modality::word).collect(Collectors.joining(","))
                + "; tasks=" + m.tasks().stream().map(Task::id).collect(Collectors.joining(","))
                + "; tags=" + m.tags().stream().map(Annotation::encode).collect(Collectors.joining(","))
                + m.group().map(g -> "; group=" + g.map(Annotation::encode).orElse("")).orElse("")
                + " -->";
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * The metadata in this HTML text, if it is an annotation.
     *
     * @throws IllegalArgumentException when it is an annotation with a value that cannot be read
     */
    public static Optional<Metadata> read(String html) {
        Matcher m = COMMENT.matcher(html);
        if (!m.matches() || isEndOfGroup(html)) {
            return Optional.empty();
        }
        Optional<Kind> kind = Optional.empty();
        List<Language> languages = List.of();
        Set<Modality> modalities = EnumSet.noneOf(Modality.class);
        List<Task> tasks = new ArrayList<>();
        Set<String> formerTasks = new LinkedHashSet<>();
        List<String> tags = List.of();
        Optional<Optional<String>> group = Optional.empty();
        for (String part : m.group(1).split(";")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String key = part.substring(0, eq).strip();
            String value = part.substring(eq + 1).strip();
            switch (key) {
                case "kind" -> kind = value.isEmpty() ? Optional.empty() : Optional.of(Kind.parse(value));
                case "languages" -> languages = list(value).stream().map(Language::of).toList();
                case "modality", "modalities" -> list(value).forEach(w -> modalities.addAll(Modality.parseAll(decode(w))));
                case "tasks" -> tasks(list(value), tasks, formerTasks);
                case "tags" -> tags = tags(list(value));
                case "group" -> group = Optional.of(group(value));
                default -> {
                    // unknown keys are for newer versions: ignored
                }
            }
        }
        if (!formerTasks.isEmpty()) {
            Set<String> all = new LinkedHashSet<>(tags); // sets: an annotation may hold thousands of words
            all.addAll(formerTasks);
            tags = List.copyOf(all);
        }
        return Optional.of(new Metadata(kind, languages, modalities, tasks, tags, group));
    }

    /** The decoded words of {@code tags=}: a blank one (an empty word, {@code +}) is an error of the annotation. */
    private static List<String> tags(List<String> words) {
        List<String> tags = new ArrayList<>(words.size());
        for (String w : words) {
            String tag = decode(w);
            if (tag.isBlank()) {
                throw new IllegalArgumentException("a tag is blank in '" + io.github.medicalnlp.catalogue.internal.Text
                        .abbreviate(String.join(",", words), 40) + "'");
            }
            tags.add(tag);
        }
        return tags;
    }

    /** Reads the words of {@code tasks=}: tasks, and words of older annotations that name no task (tags). */
    private static void tasks(List<String> words, List<Task> tasks, Set<String> formerTasks) {
        for (String w : words) {
            String word = decode(w).strip();
            String tag = Vocabularies.formerTaskTag(word);
            if (tag != null) {
                formerTasks.add(tag);
            } else {
                Task t = Task.parse(word);
                if (!tasks.contains(t)) {
                    tasks.add(t);
                }
            }
        }
    }

    /** The value of the {@code group} key: empty for none. */
    private static Optional<String> group(String value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String g = decode(value);
        if (g.isBlank()) {
            throw new IllegalArgumentException("the group '" + value + "' is blank");
        }
        return Optional.of(g.strip());
    }

    /**
     * Whether a text (an entry as written) holds an annotation that gives a group: such an entry is in that
     * group wherever it stands. Linear: each comment is looked at once.
     */
    public static boolean givesGroup(String text) {
        for (int at = text.indexOf("<!--"); at >= 0; ) {
            int end = text.indexOf("-->", at + 4);
            if (end < 0) {
                return false;
            }
            String comment = text.substring(at, end + 3);
            if (comment.contains("group=")) {
                try {
                    if (read(comment).map(m -> m.group().isPresent()).orElse(false)) {
                        return true;
                    }
                } catch (IllegalArgumentException e) {
                    // an annotation the reader warns about gives no group
                }
            }
            at = text.indexOf("<!--", end + 3);
        }
        return false;
    }

    /** Whether this HTML text is an annotation that can be read (one with a value it cannot read is not). */
    public static boolean isReadable(String html) {
        try {
            return read(html).isPresent();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether this HTML text is the section marker. */
    public static boolean isSection(String html) {
        return html.strip().equals(SECTION);
    }

    /** Whether this HTML text is the end-of-group marker. */
    public static boolean isEndOfGroup(String html) {
        return html.strip().equals(END_OF_GROUP);
    }

    private static List<String> list(String value) {
        return value.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(value.split(",")));
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
