package io.github.medicalnlp.catalogue;

import io.github.medicalnlp.catalogue.internal.Checks;
import io.github.medicalnlp.catalogue.internal.Text;
import io.github.medicalnlp.catalogue.internal.Vocabularies;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A language an entry covers, as a lower-case BCP 47 language tag: {@code zh} (Chinese), {@code en}
 * (English), {@code mul} (several languages, ISO 639-2's code for "multiple languages"), or any other
 * tag such as {@code ja} or {@code de}.
 *
 * <p>Instances are immutable values; compare them with {@link #equals}.
 *
 * @param code the lower-case language tag, e.g. {@code zh}
 */
public record Language(@Pattern(regexp = CODE_PATTERN) String code) {

    /**
     * The pattern a {@linkplain #code() code} matches: a 2 or 3 letter language with optional subtags, at
     * most {@link #MAX_CODE_LENGTH} characters in all.
     */
    public static final String CODE_PATTERN = "[a-z]{2,3}(-[a-z0-9]{1,8})*";

    /**
     * The longest code accepted (BCP 47 asks for at least 35). Besides keeping tags sane, it bounds the
     * repetitions of {@link #CODE_PATTERN}'s group when a validator applies it, so that it cannot recurse
     * deep enough to overflow the stack.
     */
    public static final int MAX_CODE_LENGTH = 64;

    /** Chinese, {@code zh}. */
    public static final Language CHINESE = new Language("zh");
    /** English, {@code en}. */
    public static final Language ENGLISH = new Language("en");
    /** Several languages at once, {@code mul}. */
    public static final Language MULTILINGUAL = new Language("mul");

    /**
     * Checks and normalises the code to lower case.
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if {@code code} is not a language tag
     */
    public Language {
        Checks.notBlank(code, "code");
        code = normalised(code);
        if (!isCode(code)) {
            throw new IllegalArgumentException("code '" + Text.abbreviate(code, 40)
                    + "' is not a language tag such as zh, en or mul (letters and digits in subtags of at most 8,"
                    + " at most " + MAX_CODE_LENGTH + " characters)");
        }
    }

    /** A tag as codes are kept: without surrounding white space, lower case, {@code -} between subtags. */
    private static String normalised(String code) {
        return code.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Whether {@code s} matches {@link #CODE_PATTERN} and is at most {@link #MAX_CODE_LENGTH} long; written
     * out, because a regular expression's repeated group recurses once per subtag.
     */
    private static boolean isCode(String s) {
        int n = s.length();
        if (n > MAX_CODE_LENGTH) {
            return false;
        }
        int k = 0;
        while (k < n && s.charAt(k) >= 'a' && s.charAt(k) <= 'z') {
            k++;
        }
        if (k < 2 || k > 3) {
            return false;
        }
        while (k < n) {
            if (s.charAt(k) != '-') {
                return false;
            }
            int start = ++k;
            while (k < n && ((s.charAt(k) >= 'a' && s.charAt(k) <= 'z') || (s.charAt(k) >= '0' && s.charAt(k) <= '9'))) {
                k++;
            }
            if (k - start < 1 || k - start > 8) {
                return false;
            }
        }
        return true;
    }

    /**
     * The language with this tag, e.g. {@code Language.of("ja")}; a text that is no tag is read as
     * {@link #parse} reads it, so that {@code Language.of("Chinese")} and {@code Language.of("中文")} give
     * {@link #CHINESE}.
     *
     * @throws IllegalArgumentException when {@code code} is neither a tag nor a language's name
     */
    public static Language of(String code) {
        if (code != null) {
            switch (code) { // the common three as written, without normalising and matching the code
                case "zh":
                    return CHINESE;
                case "en":
                    return ENGLISH;
                case "mul":
                    return MULTILINGUAL;
                default:
                    break;
            }
        }
        if (code != null && !code.isBlank() && !isCode(normalised(code))) {
            return parse(code); // a name, or an error saying what a tag and a name are
        }
        Language language = new Language(code);
        return switch (language.code) {
            case "zh" -> CHINESE;
            case "en" -> ENGLISH;
            case "mul" -> MULTILINGUAL;
            default -> language;
        };
    }

    /**
     * The language named by {@code text}: a tag ({@code zh}), an English name ({@code Chinese},
     * {@code Multilingual}, {@code Japanese}) or a Chinese name ({@code 中文}, {@code 英文},
     * {@code 多语言}). The names of Chinese, English and several languages are those that, in a section
     * title, give the languages of its entries.
     *
     * @throws IllegalArgumentException when {@code text} names no language
     */
    public static Language parse(String text) {
        Checks.notBlank(text, "text");
        Optional<Language> named = Vocabularies.LANGUAGES.named(text);
        if (named.isPresent()) {
            return named.get();
        }
        String key = Text.fold(text).strip();
        if (isCode(key.replace('_', '-'))) {
            return of(key);
        }
        for (String iso : Locale.getISOLanguages()) {
            if (new Locale(iso).getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(key)) {
                return of(iso);
            }
        }
        throw new IllegalArgumentException("'" + Text.abbreviate(text, 40) + "' is neither a language tag nor a"
                + " language's name; use a BCP 47 tag such as zh, en, mul, ja or zh-CN (letters and digits in subtags of"
                + " at most 8, at most " + MAX_CODE_LENGTH + " characters), or a name such as Chinese, English,"
                + " Japanese, 中文, 英文 or 多语言");
    }

    /**
     * Whether the two tags name the same language, one of them perhaps more precisely, as BCP 47 matching
     * (RFC 4647) compares them subtag by subtag: {@code zh} matches {@code zh}, {@code zh-cn} and
     * {@code zh-hans-cn}, and {@code zh-cn} matches {@code zh}, but {@code zh-cn} does not match
     * {@code zh-tw} nor {@code zh} {@code zha}. A script only one of them names does not matter, as RFC 4647's
     * extended filtering skips it: {@code zh-cn} matches {@code zh-hans-cn}; two different scripts do not match
     * ({@code zh-hans}, {@code zh-hant}), nor a script against a region ({@code zh-hans}, {@code zh-tw}). Queries compare languages so: {@code language("zh-CN")} finds the
     * entries in {@code zh}.
     */
    public boolean matches(Language other) {
        String x = code;
        String y = Checks.notNull(other, "other").code;
        int primary = x.indexOf('-') < 0 ? x.length() : x.indexOf('-');
        if (y.length() < primary || !y.regionMatches(0, x, 0, primary)
                || y.length() > primary && y.charAt(primary) != '-') {
            return false; // another language: decided without splitting, as a query asks it of every entry
        }
        if (x.length() == primary || y.length() == primary) {
            return true; // a bare language matches each of its forms
        }
        String[] a = x.split("-");
        String[] b = y.split("-");
        int i = 1;
        int j = 1;
        boolean scriptA = a.length > 1 && isScript(a[1]);
        boolean scriptB = b.length > 1 && isScript(b[1]);
        if (scriptA && scriptB && !a[1].equals(b[1])) {
            return false; // zh-hans is not zh-hant
        }
        i += scriptA ? 1 : 0; // a script only one side names is skipped when both go on: zh-cn is zh-hans-cn
        j += scriptB ? 1 : 0;
        if (scriptA && !scriptB && i == a.length && j < b.length || scriptB && !scriptA && j == b.length && i < a.length) {
            // zh-hans against zh-tw: one names a script, the other a region; neither is a more precise form of the
            // other (only a bare zh is less precise than both)
            return false;
        }
        for (; i < a.length && j < b.length; i++, j++) { // then one side's subtags begin the other's
            if (!a[i].equals(b[j])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isScript(String subtag) {
        return subtag.length() == 4 && Character.isLetter(subtag.charAt(0));
    }

    /** The English name of the language: {@code Chinese}, {@code English}, {@code Multilingual}, ... */
    public String displayName() {
        String known = KNOWN_NAMES.get(code);
        if (known != null) {
            return known;
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? code : name;
    }

    /**
     * The English names of the catalogues' usual languages, as the JDK's locale data gives them
     * ({@code LanguageTest} holds them to it), without loading that data: it takes a fresh JVM 12-15 ms, a
     * tenth of {@code medical-nlp stats} (issue 15), and the bundled catalogue lists fourteen languages.
     */
    private static final Map<String, String> KNOWN_NAMES = Map.ofEntries(
            Map.entry("mul", "Multilingual"), Map.entry("zh", "Chinese"), Map.entry("en", "English"),
            Map.entry("ar", "Arabic"), Map.entry("cs", "Czech"), Map.entry("de", "German"),
            Map.entry("es", "Spanish"), Map.entry("fa", "Persian"), Map.entry("fr", "French"),
            Map.entry("he", "Hebrew"), Map.entry("hi", "Hindi"), Map.entry("id", "Indonesian"),
            Map.entry("it", "Italian"), Map.entry("ja", "Japanese"), Map.entry("ko", "Korean"),
            Map.entry("nl", "Dutch"), Map.entry("pl", "Polish"), Map.entry("pt", "Portuguese"),
            Map.entry("ru", "Russian"), Map.entry("sv", "Swedish"), Map.entry("th", "Thai"),
            Map.entry("tr", "Turkish"), Map.entry("uk", "Ukrainian"), Map.entry("vi", "Vietnamese"));

    /** The codes {@link #displayName()} names without the JDK's locale data. */
    static Set<String> namedWithoutLocaleData() {
        return KNOWN_NAMES.keySet();
    }

    /**
     * Equal when the codes are. Written out, as is {@link #hashCode()}: every entry's languages are made
     * distinct with a hash set, and a record's generated methods are bootstrapped through
     * {@code java.lang.runtime.ObjectMethods} on first use, about 30 ms of a fresh JVM's start-up.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Language l && code.equals(l.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
