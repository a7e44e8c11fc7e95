package io.github.medicalnlp.catalogue.validation;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.internal.Checks;
import io.github.medicalnlp.catalogue.internal.ConstraintScreen;
import io.github.medicalnlp.catalogue.internal.Tree;
import io.github.medicalnlp.catalogue.lint.Finding;
import io.github.medicalnlp.catalogue.lint.Severity;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.NoProviderFoundException;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the Bean Validation constraints of the model — names not blank, URLs absolute http or https
 * ({@link HttpUrl}), GitHub links well-formed ({@link WellFormedGitHubLink}), language tags well-formed
 * — cascading from the catalogue through sections and entries to links.
 *
 * <p>The validator (Hibernate Validator, a runtime dependency of this module) starts on the first call
 * that has a value to judge, never before: loading, querying or linting a catalogue without such a value
 * does not pay for it. Messages are interpolated without an Expression Language implementation, by a
 * small interpolator of this class's own.
 */
public final class CatalogueValidator {

    /** The rule id of the findings. */
    public static final String RULE = "constraint-violation";

    private CatalogueValidator() {
    }

    private static final class Holder {
        /** Kept: a logger's level holds only while the logger is referenced. */
        static final java.util.logging.Logger QUIET = quiet();
        static final Validator VALIDATOR = build();

        /** Hibernate Validator announces its version at INFO level; a library stays silent. */
        private static java.util.logging.Logger quiet() {
            java.util.logging.Logger logger = java.util.logging.Logger.getLogger("org.hibernate.validator");
            if (logger.getLevel() == null) {
                logger.setLevel(java.util.logging.Level.WARNING);
            }
            return logger;
        }

        private static Validator build() {
            try {
                return Validation.byDefaultProvider().configure()
                        .messageInterpolator(new PlainInterpolator())
                        .buildValidatorFactory().getValidator();
            } catch (NoProviderFoundException e) {
                throw new IllegalStateException("no Bean Validation provider on the path: add"
                        + " org.hibernate.validator:hibernate-validator (medical-nlp-core brings it at run time)", e);
            }
        }
    }

    /**
     * The violations of the catalogue's constraints, as findings in document order. A catalogue in which
     * a quick walk finds no value that could break a constraint (the usual case) is answered without
     * starting the validator.
     */
    public static List<Finding> validate(Catalogue catalogue) {
        Checks.notNull(catalogue, "catalogue");
        if (ConstraintScreen.suspects(catalogue).isEmpty()) {
            return List.of();
        }
        Set<ConstraintViolation<Catalogue>> violations = Holder.VALIDATOR.validate(catalogue);
        Set<String> seen = new LinkedHashSet<>();
        List<Finding> out = new ArrayList<>();
        List<ConstraintViolation<Catalogue>> sorted = new ArrayList<>(violations);
        sorted.sort(Comparator.comparing(v -> v.getPropertyPath().toString()));
        for (ConstraintViolation<Catalogue> v : sorted) {
            String where = v.getPropertyPath().toString();
            if (!seen.add(where + v.getMessage())) {
                continue; // a record component's constraint is on its field and its accessor
            }
            out.add(finding(catalogue, v));
        }
        return out;
    }

    private static Finding finding(Catalogue catalogue, ConstraintViolation<Catalogue> v) {
        List<Section> level = catalogue.sections();
        List<Section> ancestry = new ArrayList<>();
        Entry entry = null;
        Integer entryIndex = null;
        // an index sits on the node after the container it indexes: sections[0].children -> "children" has 0
        String container = null;
        for (Path.Node node : v.getPropertyPath()) {
            Integer i = node.getIndex();
            if (i != null && container != null) {
                if ((container.equals("sections") || container.equals("children")) && entry == null
                        && i < level.size()) {
                    Section s = level.get(i);
                    ancestry.add(s);
                    level = s.children();
                } else if (container.equals("entries") && !ancestry.isEmpty()
                        && i < ancestry.get(ancestry.size() - 1).entries().size()) {
                    entry = ancestry.get(ancestry.size() - 1).entries().get(i);
                    entryIndex = i;
                }
            }
            container = node.getName();
        }
        Object value = v.getInvalidValue();
        String shown = value instanceof CharSequence ? " ('" + value + "')" : "";
        String url = value instanceof CharSequence s && s.toString().contains("://") ? s.toString() : null;
        String message = v.getPropertyPath() + " " + v.getMessage() + shown;
        return new Finding(RULE, Severity.ERROR, message,
                ancestry.isEmpty() ? Optional.empty() : Optional.of(Tree.path(ancestry)),
                Optional.ofNullable(entry).map(Entry::name), Optional.ofNullable(entryIndex), Optional.ofNullable(url),
                Optional.empty());
    }

    /** Interpolates without Expression Language: the standard messages, and {attribute} values. */
    private static final class PlainInterpolator implements MessageInterpolator {
        private static final Map<String, String> STANDARD = Map.of(
                "{jakarta.validation.constraints.NotBlank.message}", "must not be blank",
                "{jakarta.validation.constraints.NotNull.message}", "must not be null",
                "{jakarta.validation.constraints.NotEmpty.message}", "must not be empty",
                "{jakarta.validation.constraints.Pattern.message}", "must match \"{regexp}\"");

        @Override
        public String interpolate(String template, Context context) {
            return interpolate(template, context, Locale.ROOT);
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
            String message = STANDARD.getOrDefault(template, template);
            for (Map.Entry<String, Object> a : context.getConstraintDescriptor().getAttributes().entrySet()) {
                message = message.replace("{" + a.getKey() + "}", String.valueOf(a.getValue()));
            }
            return message;
        }
    }
}
