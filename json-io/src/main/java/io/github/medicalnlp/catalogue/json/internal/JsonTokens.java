package io.github.medicalnlp.catalogue.json.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.ContentReference;
import io.github.medicalnlp.catalogue.CatalogueFormatException;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.Modality;
import io.github.medicalnlp.catalogue.Task;
import io.github.medicalnlp.catalogue.internal.Text;
import io.github.medicalnlp.catalogue.internal.Vocabularies;
import io.github.medicalnlp.catalogue.json.JsonFormat;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reading JSON tokens with their places: objects, keys (a repeated key an error of a strict reader, a
 * warning of a lenient one), arrays, strings (a lone surrogate refused), words of a vocabulary, and every
 * problem as a {@link CatalogueFormatException} with line, column and JSON pointer. {@link CatalogueReader}
 * reads the format's objects with them.
 */
abstract class JsonTokens {

    /** The longest JSON pointer given in an error. */
    private static final int MAX_POINTER = 300;

    final JsonParser p;
    final boolean strict;
    final String source;
    final Consumer<? super CatalogueFormatException> warnings;

    JsonTokens(JsonParser p, boolean strict, String source, Consumer<? super CatalogueFormatException> warnings) {
        this.p = p;
        this.strict = strict;
        this.source = source;
        this.warnings = warnings;
    }

    interface Step<T> {
        T run() throws IOException;
    }

    <T> T guarded(Step<T> step) {
        try {
            return step.run();
        } catch (CatalogueFormatException e) {
            throw e;
        } catch (StreamConstraintsException e) {
            throw error(JsonText.cleanJacksonMessage(e.getOriginalMessage(), 0, 0)
                    + " (a limit of this reader, against hostile input)", e);
        } catch (JacksonException e) {
            JsonLocation l = e.getLocation();
            JsonLocation opened = openedAt();
            String detail = "malformed JSON: " + JsonText.cleanJacksonMessage(e.getOriginalMessage(),
                    opened.getLineNr(), opened.getColumnNr());
            throw new CatalogueFormatException(source, l == null ? 0 : l.getLineNr(),
                    l == null ? 0 : l.getColumnNr(), safePointer(), detail, e);
        } catch (CharConversionException e) { // Jackson's guess of a UTF-32 or other unsupported encoding
            throw new CatalogueFormatException(source, 1, 1, "", "not UTF-8 JSON: "
                    + JsonText.cleanJacksonMessage(e.getMessage(), 0, 0), e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Where the innermost open object or array started, or {@link JsonLocation#NA}. */
    JsonLocation openedAt() {
        try {
            JsonStreamContext context = p.getParsingContext();
            return context == null || context.inRoot() ? JsonLocation.NA
                    : context.startLocation(ContentReference.unknown());
        } catch (RuntimeException e) {
            return JsonLocation.NA;
        }
    }

    void start(String what) throws IOException {
        start(what, JsonToken.START_OBJECT);
    }

    /** Moves to the first token if the parser is before it, and checks that it starts {@code what}. */
    void start(String what, JsonToken token) throws IOException {
        if (p.currentToken() == null) {
            p.nextToken();
        }
        if (p.currentToken() == null) {
            throw error("the input is empty: expected " + what);
        }
        if (p.currentToken() != token) {
            throw error("expected " + what + ", found " + describe(p.currentToken()));
        }
    }

    /**
     * The name of the key at the parser, which then moves to its value; a repeated key is an error of
     * a strict reader and a warning of a lenient one (whose last value wins).
     */
    String key(Keys keys) throws IOException {
        String name = p.currentName();
        if (!keys.add(name)) {
            CatalogueFormatException repeated = error("the key " + JsonText.quoteKey(name)
                    + " is repeated in this object; " + (strict ? "a strict reader refuses it"
                    : "the last value is used (a strict reader refuses the document)"));
            if (strict) {
                throw repeated;
            }
            warnings.accept(repeated);
        }
        p.nextToken();
        return name;
    }

    <T> List<T> array(String what, Step<T> element) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw error("expected an array of " + what + ", found " + describe(p.currentToken()));
        }
        List<T> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(element.run());
        }
        return out;
    }

    String string(String what) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw error("expected " + what + " as a string, found " + describe(p.currentToken()));
        }
        String text = p.getText();
        int lone = JsonText.loneSurrogate(text);
        if (lone >= 0) {
            throw error(JsonText.loneSurrogateProblem(text, lone));
        }
        return text;
    }

    String nullableString(String what) throws IOException {
        return p.currentToken() == JsonToken.VALUE_NULL ? null : string(what);
    }

    <T> T word(String what, Function<String, T> parse) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        String text = string(what);
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            throw error(JsonText.quote(text) + " is not " + what + ": " + e.getMessage());
        }
    }

    void unknown(String name) throws IOException {
        if (strict) {
            throw error("unknown property " + JsonText.quoteKey(name) + " (a strict reader accepts only the properties"
                    + " of format " + JsonFormat.VERSION + ")");
        }
        p.skipChildren();
    }

    /**
     * A required value; the error names the object's pointer, which the parser gives at the object's
     * end (computed only then: building pointers for every object is costly).
     */
    String required(String value, String property, JsonLocation at) {
        if (value == null) {
            throw error(at, "missing required property \"" + property + "\"");
        }
        return value;
    }

    <T> T model(JsonLocation at, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw error(at, e.getMessage());
        }
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    static String describe(JsonToken t) {
        if (t == null) {
            return "the end of the input";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name() : "'" + t.asString() + "'";
        };
    }

    /**
     * The JSON pointer of the parser's place, on one line: keys are user text, so control characters are
     * escaped as in {@link JsonText#oneLine} and a pointer beyond {@value #MAX_POINTER} characters is cut.
     */
    String safePointer() {
        try {
            String pointer = JsonText.oneLine(p.getParsingContext().pathAsPointer().toString());
            return pointer.length() <= MAX_POINTER ? pointer : pointer.substring(0, MAX_POINTER) + "…";
        } catch (RuntimeException e) {
            return null;
        }
    }

    CatalogueFormatException error(String detail) {
        return error(detail, null);
    }

    CatalogueFormatException error(String detail, Throwable cause) {
        JsonLocation l = p.currentTokenLocation();
        return new CatalogueFormatException(source, l.getLineNr(), l.getColumnNr(), safePointer(),
                JsonText.oneLine(detail), cause);
    }

    CatalogueFormatException error(JsonLocation at, String detail) {
        return new CatalogueFormatException(source, at.getLineNr(), at.getColumnNr(), safePointer(),
                JsonText.oneLine(detail), null);
    }

    /** An object whose keys are language tags ({@code en}) and whose values {@code value} reads. */
    <T> Map<Language, T> byLanguage(String what, Step<T> value) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return Map.of();
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw error("expected the " + what + " as an object keyed by language tag, found " + describe(p.currentToken()));
        }
        Map<Language, T> out = new LinkedHashMap<>();
        Keys keys = new Keys();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String tag = key(keys);
            Language language;
            try {
                language = Language.of(tag);
            } catch (IllegalArgumentException e) {
                throw error(JsonText.quote(Text.abbreviate(tag, 40)) + " is not a language tag: " + e.getMessage());
            }
            if (strict && !tag.equals(language.code())) {
                throw error("the language tag " + JsonText.quote(tag) + " is not written as this version writes it ('"
                        + language.code() + "'); a strict reader refuses it");
            }
            if (out.containsKey(language)) { // "en" and "EN": one language, so a repeated key
                CatalogueFormatException repeated = error("the " + what + " name the language " + language.code()
                        + " twice; " + (strict ? "a strict reader refuses it"
                        : "the last value is used (a strict reader refuses the document)"));
                if (strict) {
                    throw repeated;
                }
                warnings.accept(repeated);
            }
            out.put(language, value.run());
        }
        return out;
    }

    /**
     * The {@code modality} of format 1.0, one word ({@code vision-language} is text and image): read by the
     * default reader into the entry's modalities, unknown to a strict one.
     */
    void formerModality(String name, Set<Modality> modalities) throws IOException {
        if (strict) {
            unknown(name);
        }
        Set<Modality> named = word("a modality", Modality::parseAll);
        modalities.clear();
        if (named != null) {
            modalities.addAll(named);
        }
    }

    /** One word of {@code modalities}, added to them. */
    boolean modality(Set<Modality> modalities) throws IOException {
        String text = string("a modality");
        try {
            return modalities.add(Modality.parse(text));
        } catch (IllegalArgumentException e) {
            throw error(JsonText.quote(text) + " is not a modality: " + e.getMessage());
        }
    }

    /**
     * One word of {@code tasks}: a task ({@link Task#parse}: its id, BigBIO or Hugging Face name), or a word
     * format 1.0 allowed there that names no task: {@code ehr}, {@code exam}, {@code instruction-tuning} or
     * {@code knowledge-graph} become tags; any other is an error of a strict reader and, for a default
     * reader, a warning and a tag, so that nothing is lost.
     */
    boolean task(List<Task> tasks, Set<String> formerTasks) throws IOException {
        String text = string("a task");
        String tag = Vocabularies.formerTaskTag(text);
        if (tag != null && !strict) {
            return formerTasks.add(tag);
        }
        try {
            Task t = Task.parse(text);
            if (strict && !text.equals(t.id())) {
                throw error(JsonText.quote(Text.abbreviate(text, 40)) + " is not a task id (a strict reader reads"
                        + " only what format " + JsonFormat.VERSION + " writes): write '" + t.id() + "'");
            }
            return !tasks.contains(t) && tasks.add(t);
        } catch (IllegalArgumentException e) {
            CatalogueFormatException problem = error(JsonText.quote(Text.abbreviate(text, 40)) + " is not a task: "
                    + e.getMessage() + (strict ? "" : "; it is kept as a tag"));
            if (strict) {
                throw problem;
            }
            warnings.accept(problem);
            return text.isBlank() || formerTasks.add(text.strip());
        }
    }

    /** The tags, then the words read from {@code tasks} that are tags now, without repeats (sets: thousands may come). */
    static List<String> withFormerTasks(List<String> tags, Set<String> formerTasks) {
        if (formerTasks.isEmpty()) {
            return tags;
        }
        Set<String> all = new LinkedHashSet<>(tags);
        all.addAll(formerTasks);
        return List.copyOf(all);
    }
}
