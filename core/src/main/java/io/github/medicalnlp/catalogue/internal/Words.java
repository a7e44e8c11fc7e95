package io.github.medicalnlp.catalogue.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Parsing of the model's enums from their lower-case words, names or synonyms. */
public final class Words {

    private Words() {
    }

    /** The lower-case word of an enum constant: {@code KNOWLEDGE_GRAPH} gives {@code knowledge-graph}. */
    public static String word(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The constant whose word ({@link #word}) or one of whose synonyms equals {@code text}, ignoring
     * case, and treating space, hyphen and underscore alike.
     *
     * @throws IllegalArgumentException naming the accepted words when nothing matches
     */
    public static <E extends Enum<E>> E parse(E[] constants, Function<E, String[]> synonyms, String text,
            String parameter) {
        Checks.notBlank(text, parameter);
        for (E constant : constants) {
            if (isWordOf(constant, text)) {
                return constant; // the common case, without loading Unicode normalisation
            }
        }
        String key = key(text);
        for (E constant : constants) {
            if (key(word(constant)).equals(key)) {
                return constant;
            }
            for (String synonym : synonyms.apply(constant)) {
                if (key(synonym).equals(key)) {
                    return constant;
                }
            }
        }
        throw new IllegalArgumentException(parameter + " '" + Text.abbreviate(text, 40) + "' is not one of: "
                + Arrays.stream(constants).map(Words::word).collect(Collectors.joining(", ")));
    }

    /** Whether {@code text} is {@link #word}{@code (constant)}, compared without building the word. */
    private static boolean isWordOf(Enum<?> constant, String text) {
        String name = constant.name();
        if (name.length() != text.length()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            char w = c == '_' ? '-' : c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (w != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The form in which words are compared: folded ({@link Text#fold}), stripped, and every run of white
     * space, hyphens and underscores one hyphen ({@code Instruction_Tuning} is {@code instruction-tuning}).
     */
    public static String key(String text) {
        return Text.fold(text).strip().replaceAll("[\\s_-]+", "-");
    }
}
