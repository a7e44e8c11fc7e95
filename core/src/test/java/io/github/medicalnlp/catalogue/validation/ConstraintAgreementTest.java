package io.github.medicalnlp.catalogue.validation;

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
import io.github.medicalnlp.catalogue.TextField;
import io.github.medicalnlp.catalogue.lint.Finding;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The constraints of the model agree with its constructors: every value a constructor accepts validates
 * without a violation (an absent optional value is valid), and a present blank value that a constructor
 * refuses is a violation of the constraint too.
 */
class ConstraintAgreementTest {

    /** Every record of the model. */
    private static final List<Class<? extends Record>> MODEL = List.of(Catalogue.class, Section.class, Entry.class,
            Link.class, NewsItem.class, TextField.class);

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void start() {
        factory = Validation.byDefaultProvider().configure().messageInterpolator(new PlainMessages())
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    /** Messages as their templates: no Expression Language needed. */
    private static final class PlainMessages implements jakarta.validation.MessageInterpolator {
        @Override
        public String interpolate(String template, Context context) {
            return template;
        }

        @Override
        public String interpolate(String template, Context context, java.util.Locale locale) {
            return template;
        }
    }

    @Test
    void everyAbsentOptionalOfTheModelIsValid() {
        int optionals = 0;
        for (Class<? extends Record> type : MODEL) {
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getType() == Optional.class) {
                    optionals++;
                    Set<? extends ConstraintViolation<?>> v = validator.validateValue(type, c.getName(), Optional.empty());
                    assertThat(v).as(type.getSimpleName() + "." + c.getName() + " empty").isEmpty();
                }
            }
        }
        assertThat(optionals).as("number, kind, group, citation").isEqualTo(4);
    }

    @Test
    void everyEmptyListOfTheModelIsValid() {
        for (Class<? extends Record> type : MODEL) {
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getType() == List.class) {
                    assertThat(validator.validateValue(type, c.getName(), List.of()))
                            .as(type.getSimpleName() + "." + c.getName() + " empty").isEmpty();
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t", "\u3000"})
    void aPresentBlankOptionalTextIsAViolationWhereTheConstructorRefusesIt(String blank) throws Exception {
        int checked = 0;
        for (Class<? extends Record> type : MODEL) {
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getType() != Optional.class || !(c.getGenericType() instanceof ParameterizedType p)
                        || p.getActualTypeArguments()[0] != String.class) {
                    continue;
                }
                boolean constructorRefuses = refuses(type, c, Optional.of(blank));
                Set<? extends ConstraintViolation<?>> v = validator.validateValue(type, c.getName(), Optional.of(blank));
                assertThat(v.isEmpty()).as(type.getSimpleName() + "." + c.getName() + " = '" + blank
                        + "': the constructor refuses it: " + constructorRefuses).isEqualTo(!constructorRefuses);
                checked++;
            }
        }
        assertThat(checked).as("number, group, citation").isEqualTo(3);
    }

    /** Whether the canonical constructor refuses this value of the component (the others taken from a valid record). */
    private static boolean refuses(Class<? extends Record> type, RecordComponent component, Object value) throws Exception {
        Record valid = sample(type);
        RecordComponent[] all = type.getRecordComponents();
        Object[] args = new Object[all.length];
        Class<?>[] types = new Class<?>[all.length];
        for (int i = 0; i < all.length; i++) {
            types[i] = all[i].getType();
            args[i] = all[i].getName().equals(component.getName()) ? value : all[i].getAccessor().invoke(valid);
        }
        Constructor<? extends Record> canonical = type.getDeclaredConstructor(types);
        try {
            canonical.newInstance(args);
            return false;
        } catch (java.lang.reflect.InvocationTargetException e) {
            return e.getCause() instanceof IllegalArgumentException;
        }
    }

    private static Record sample(Class<? extends Record> type) {
        Entry entry = Entry.builder("e").link("https://a.org").kind(Kind.DATASET).modality(Modality.TEXT)
                .language(Language.CHINESE).task("qa").tag("t").group("g").field("简介", "x").build();
        Section section = Section.builder("s").number("1").entry(entry).build();
        if (type == Catalogue.class) {
            return Catalogue.builder("T").section(section).build().withCitation("@misc{x}");
        }
        if (type == Section.class) {
            return section;
        }
        if (type == Entry.class) {
            return entry;
        }
        if (type == Link.class) {
            return entry.links().get(0);
        }
        if (type == NewsItem.class) {
            return NewsItem.of("2024", "n");
        }
        return entry.fields().get(0);
    }

    /**
     * Catalogues built through the public API from random parts — optional values present or absent,
     * lists empty or not, nesting deep or flat — validate without a violation (their URLs are all valid).
     */
    @Test
    void everyCatalogueTheConstructorsAcceptValidates() {
        Random random = new Random(20);
        for (int i = 0; i < 300; i++) {
            Catalogue c = randomCatalogue(random);
            List<Finding> findings = CatalogueValidator.validate(c);
            assertThat(findings).as("catalogue %s", i).isEmpty();
        }
    }

    private static Catalogue randomCatalogue(Random r) {
        Catalogue.Builder b = Catalogue.builder(r.nextBoolean() ? "T" : "标题 " + r.nextInt(9));
        if (r.nextBoolean()) {
            b.news(List.of(NewsItem.of(r.nextBoolean() ? "" : "2024/11/14", "新增")));
        }
        int top = r.nextInt(4);
        for (int s = 0; s < top; s++) {
            b.section(randomSection(r, 0, s));
        }
        Catalogue c = b.build();
        return r.nextBoolean() ? c.withCitation("@misc{x, title={y}}") : c;
    }

    private static Section randomSection(Random r, int depth, int index) {
        Section.Builder s = Section.builder(r.nextBoolean() ? "节 " + index : "Section " + index);
        if (r.nextBoolean()) {
            s.number(depth == 0 ? String.valueOf(index + 1) : (index + 1) + "." + depth);
        }
        int entries = r.nextInt(4);
        for (int e = 0; e < entries; e++) {
            Entry.Builder entry = Entry.builder("Entry " + e);
            if (r.nextBoolean()) {
                entry.link("https://github.com/owner" + e + "/repo" + e, r.nextBoolean() ? "地址" : "", LinkRole.HOMEPAGE);
            }
            if (r.nextBoolean()) {
                entry.field(r.nextBoolean() ? "简介" : "", "描述 " + e);
            }
            if (r.nextBoolean()) {
                entry.kind(Kind.values()[r.nextInt(Kind.values().length)]);
            }
            if (r.nextBoolean()) {
                entry.modality(Modality.values()[r.nextInt(Modality.values().length)]);
            }
            if (r.nextBoolean()) {
                entry.language(Language.ENGLISH);
            }
            if (r.nextBoolean()) {
                entry.task("qa").tag("t" + e);
            }
            if (r.nextBoolean()) {
                entry.group("组 " + e);
            }
            s.entry(entry.build());
        }
        if (depth < Section.MAX_DEPTH - 1) { // depth 0 is a top-level section: six levels in all
            int children = r.nextInt(3);
            List<Section> kids = new ArrayList<>();
            for (int k = 0; k < children; k++) {
                kids.add(randomSection(r, depth + 1, k));
            }
            kids.forEach(s::child);
        }
        return s.build();
    }
}
