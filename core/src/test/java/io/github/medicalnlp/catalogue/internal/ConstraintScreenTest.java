package io.github.medicalnlp.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.CatalogueTranslation;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.NewsItem;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.SeedSample;
import io.github.medicalnlp.catalogue.TextField;
import io.github.medicalnlp.catalogue.Translation;
import io.github.medicalnlp.catalogue.lint.Finding;
import io.github.medicalnlp.catalogue.lint.Linter;
import io.github.medicalnlp.catalogue.validation.CatalogueValidator;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The screen that spares a lint the validator's start-up never misses a value the validator reports: on
 * thousands of generated catalogues full of values the constructors accept and the constraints refuse,
 * every invalid value Hibernate Validator reports is one the screen names, and {@link Linter} gives the
 * same findings as it did when it always ran the validator.
 */
class ConstraintScreenTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void start() {
        factory = Validation.byDefaultProvider().configure().messageInterpolator(new Plain()).buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    /** Messages as their templates: no Expression Language needed. */
    private static final class Plain implements jakarta.validation.MessageInterpolator {
        @Override
        public String interpolate(String template, Context context) {
            return template;
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
            return template;
        }
    }

    /**
     * Every constraint and cascade of the model, as the screen mirrors them. A change here (a constraint
     * added, moved or dropped) must be made in {@link ConstraintScreen} too; then update this list.
     */
    private static final Set<String> MIRRORED = new TreeSet<>(List.of(
            "Catalogue: (none)",
            "Catalogue.title: @NotBlank",
            "Catalogue.introduction: @NotNull",
            "Catalogue.news: @NotNull",
            "Catalogue.news<0>: @NotNull @Valid",
            "Catalogue.sections: @NotNull",
            "Catalogue.sections<0>: @NotNull @Valid",
            "Catalogue.citation: @NotNull",
            "Catalogue.translations: @NotNull",
            "Catalogue.translations<0>: @NotNull",
            "Catalogue.translations<1>: @NotNull @Valid",
            "CatalogueTranslation: (none)",
            "CatalogueTranslation.title: @NotBlank",
            "CatalogueTranslation.introduction: @NotNull",
            "CatalogueTranslation.news: @NotNull",
            "CatalogueTranslation.news<0>: @NotNull @Valid",
            "NewsItem: (none)",
            "NewsItem.date: @NotNull",
            "NewsItem.text: @NotBlank",
            "Section: (none)",
            "Section.number: @NotNull",
            "Section.number<0>: @NullOrNotBlank",
            "Section.title: @NotBlank",
            "Section.anchor: @NotNull",
            "Section.children: @NotNull",
            "Section.children<0>: @NotNull @Valid",
            "Section.entries: @NotNull",
            "Section.entries<0>: @NotNull @Valid",
            "Section.titles: @NotNull",
            "Section.titles<0>: @NotNull",
            "Section.titles<1>: @NotBlank",
            "Entry: (none)",
            "Entry.name: @NotBlank",
            "Entry.links: @NotNull",
            "Entry.links<0>: @NotNull @Valid",
            "Entry.fields: @NotNull",
            "Entry.fields<0>: @NotNull @Valid",
            "Entry.kind: @NotNull",
            "Entry.languages: @NotNull",
            "Entry.languages<0>: @NotNull @Valid",
            "Entry.modalities: @NotNull",
            "Entry.modalities<0>: @NotNull",
            "Entry.tasks: @NotNull",
            "Entry.tasks<0>: @NotNull",
            "Entry.tags: @NotNull",
            "Entry.tags<0>: @NotBlank",
            "Entry.group: @NotNull",
            "Entry.group<0>: @NullOrNotBlank",
            "Entry.translations: @NotNull",
            "Entry.translations<0>: @NotNull",
            "Entry.translations<1>: @NotNull @Valid",
            "Translation: (none)",
            "Translation.name: @NotBlank",
            "Translation.fields: @NotNull",
            "Translation.fields<0>: @NotNull @Valid",
            "Translation.group: @NotNull",
            "Translation.group<0>: @NullOrNotBlank",
            "Link: @WellFormedGitHubLink",
            "Link.url: @NotBlank @HttpUrl",
            "Link.label: @NotNull",
            "Link.role: @NotNull",
            "TextField: (none)",
            "TextField.label: @NotNull",
            "TextField.value: @NotNull",
            "Language: (none)",
            "Language.code: @Pattern"));

    @Test
    void theScreenMirrorsEveryConstraintOfTheModel() {
        Set<String> found = new TreeSet<>();
        for (Class<? extends Record> type : List.of(Catalogue.class, CatalogueTranslation.class, NewsItem.class,
                Section.class, Entry.class, Translation.class, Link.class, TextField.class, Language.class)) {
            found.add(type.getSimpleName() + ": " + names(type.getAnnotations()));
            for (RecordComponent c : type.getRecordComponents()) {
                String where = type.getSimpleName() + "." + c.getName();
                String own = names(c.getAnnotatedType().getAnnotations());
                if (!own.equals("(none)")) {
                    found.add(where + ": " + own);
                }
                if (c.getAnnotatedType() instanceof AnnotatedParameterizedType p) {
                    AnnotatedType[] args = p.getAnnotatedActualTypeArguments();
                    for (int i = 0; i < args.length; i++) {
                        String arg = names(args[i].getAnnotations());
                        if (!arg.equals("(none)")) {
                            found.add(where + "<" + i + ">: " + arg);
                        }
                    }
                }
            }
        }
        assertThat(found).as("the model's constraints changed: ConstraintScreen must check the change too")
                .isEqualTo(MIRRORED);
    }

    /** The constraint and {@code @Valid} annotations among these, by simple name. */
    private static String names(Annotation[] annotations) {
        List<String> names = new ArrayList<>();
        for (Annotation a : annotations) {
            if (a.annotationType().isAnnotationPresent(Constraint.class) || a.annotationType() == Valid.class) {
                names.add("@" + a.annotationType().getSimpleName());
            }
        }
        return names.isEmpty() ? "(none)" : String.join(" ", names);
    }

    @Test
    void aValidCatalogueHasNoSuspect() {
        assertThat(ConstraintScreen.suspects(SeedSample.catalogue())).isEmpty();
    }

    @Test
    void namesWhatTheValidatorReportsOnGeneratedCatalogues() {
        Random random = new Random(15);
        int reported = 0;
        int clean = 0;
        for (int i = 0; i < 2_000; i++) {
            Catalogue c = catalogue(random);
            List<Object> suspects = ConstraintScreen.suspects(c);
            Set<ConstraintViolation<Catalogue>> violations = validator.validate(c);
            for (ConstraintViolation<Catalogue> v : violations) {
                assertThat(suspects).as("catalogue %s: %s %s", i, v.getPropertyPath(), v.getMessage())
                        .contains(v.getInvalidValue());
            }
            if (suspects.isEmpty()) {
                assertThat(violations).as("catalogue %s", i).isEmpty();
                clean++;
            }
            reported += violations.size();
        }
        // the generator makes both kinds, so that the test proves something either way
        assertThat(reported).isGreaterThan(1_000);
        assertThat(clean).isGreaterThan(100);
    }

    @Test
    void theLinterFindsWhatItFoundWhenItAlwaysRanTheValidator() {
        Random random = new Random(16);
        for (int i = 0; i < 2_000; i++) {
            Catalogue c = catalogue(random);
            for (Linter linter : List.of(Linter.standard(), Linter.standard().without("malformed-url"))) {
                assertThat(linter.lint(c)).as("catalogue %s, %s off", i, linter.disabled())
                        .isEqualTo(alwaysValidating(linter, c));
            }
        }
        assertThat(Linter.standard().lint(SeedSample.catalogue()))
                .isEqualTo(alwaysValidating(Linter.standard(), SeedSample.catalogue()));
    }

    /** What {@link Linter#lint} did before the screen: the model rules, then every validator finding. */
    private static List<Finding> alwaysValidating(Linter linter, Catalogue c) {
        List<Finding> out = new ArrayList<>(ModelRules.check(c, linter.disabled()));
        Set<String> flagged = new HashSet<>();
        out.stream().filter(f -> f.rule().equals("malformed-url")).forEach(f -> f.url().ifPresent(flagged::add));
        for (Finding f : validatorFindings(c)) {
            if (f.url().filter(flagged::contains).isEmpty()) {
                out.add(f);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The validator's findings: none when Hibernate Validator reports no violation, else
     * {@link CatalogueValidator#validate}'s (which then runs the validator, the screen having suspects as
     * {@link #namesWhatTheValidatorReportsOnGeneratedCatalogues} holds).
     */
    private static List<Finding> validatorFindings(Catalogue c) {
        if (validator.validate(c).isEmpty()) {
            return List.of();
        }
        assertThat(ConstraintScreen.suspects(c)).isNotEmpty();
        return CatalogueValidator.validate(c);
    }

    private static final String[] URLS = {"https://a.org/x", "http://b.org", "https://github.com/owner/repo",
        "https://github.com/-bad-/repo", "https://github.com/" + "a".repeat(40) + "/r", "ftp://files.org/x",
        "mailto:someone@a.org", "https://", "//no-scheme.org", "https://a.org/x](https://a.org/x",
        "https://a.org/x y", "https://a.org/%zz", "github.com/owner/repo", "https://www.github.com/o/r?tab=1",
        "https://github.com/o_o/r", "HTTPS://GITHUB.COM/Owner/Repo"};

    private static final String[] TEXTS = {"a", "名字", "\u0001", "x\u3000", "\u200b", " t ", "\u0085x", "-", "\uFEFF"};

    private static String pick(Random r, String[] from) {
        return from[r.nextInt(from.length)];
    }

    private static Catalogue catalogue(Random r) {
        Catalogue.Builder b = Catalogue.builder(pick(r, TEXTS));
        if (r.nextBoolean()) {
            b.news(List.of(NewsItem.of(r.nextBoolean() ? "" : "2024", pick(r, TEXTS))));
        }
        int sections = 1 + r.nextInt(3);
        for (int s = 0; s < sections; s++) {
            Section.Builder section = Section.builder(pick(r, TEXTS));
            if (r.nextBoolean()) {
                section.number(String.valueOf(s + 1));
            }
            if (r.nextInt(4) == 0) {
                section.title(Language.ENGLISH, pick(r, TEXTS));
            }
            int entries = r.nextInt(4);
            for (int e = 0; e < entries; e++) {
                Entry.Builder entry = Entry.builder(pick(r, TEXTS));
                int links = r.nextInt(3);
                for (int l = 0; l < links; l++) {
                    entry.link(pick(r, URLS), r.nextBoolean() ? "地址" : "", LinkRole.values()[r.nextInt(LinkRole.values().length)]);
                }
                if (r.nextBoolean()) {
                    entry.field(r.nextBoolean() ? "简介" : "", pick(r, TEXTS));
                }
                if (r.nextBoolean()) {
                    entry.kind(Kind.DATASET).language(r.nextBoolean() ? Language.CHINESE : new Language("en-gb"));
                }
                if (r.nextInt(3) == 0) {
                    entry.tag(pick(r, TEXTS)).group(pick(r, TEXTS));
                }
                if (r.nextInt(4) == 0) {
                    entry.translation(Language.ENGLISH, Translation.of(pick(r, TEXTS),
                            List.of(TextField.of("About", pick(r, TEXTS)))));
                }
                section.entry(entry.build());
            }
            b.section(section.build());
        }
        return b.build();
    }
}
