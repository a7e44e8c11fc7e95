package io.github.medicalnlp.catalogue.lint;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.internal.Checks;
import io.github.medicalnlp.catalogue.internal.ConstraintScreen;
import io.github.medicalnlp.catalogue.internal.ModelRules;
import io.github.medicalnlp.catalogue.validation.CatalogueValidator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds what is wrong in a catalogue: duplicate entries, entries without links, malformed URLs, empty
 * sections, gaps in section numbers, missing or repetitive descriptions, and the Bean Validation
 * constraints of the model. The Markdown module adds the rules that need the text (star badges,
 * Contents, bullet markers) and the file locations.
 *
 * <pre>{@code
 * List<Finding> findings = Linter.standard().without("description-missing").lint(catalogue);
 * }</pre>
 *
 * <p>Linters are immutable and safe to share as constants.
 */
public final class Linter {

    /** The Bean Validation rule: every constraint of the model. */
    public static final RuleInfo CONSTRAINTS = new RuleInfo("constraint-violation", Severity.ERROR,
            "a value breaks a Bean Validation constraint of the model (blank name, non-http URL, ...)");

    private static final Linter STANDARD = new Linter(Set.of());

    private final Set<String> disabled;

    private Linter(Set<String> disabled) {
        this.disabled = disabled;
    }

    /** A linter with every rule on. */
    public static Linter standard() {
        return STANDARD;
    }

    /** The rules of this module, each with its id, severity and description. */
    public static List<RuleInfo> rules() {
        List<RuleInfo> all = new ArrayList<>(ModelRules.ALL);
        all.add(CONSTRAINTS);
        return List.copyOf(all);
    }

    /** A linter like this one with the rule switched off (an unknown rule is kept, for other modules' rules). */
    public Linter without(String rule) {
        Checks.notBlank(rule, "rule");
        Set<String> d = new TreeSet<>(disabled);
        d.add(rule);
        return new Linter(Set.copyOf(d));
    }

    /** Whether the rule is on. */
    public boolean isEnabled(String rule) {
        return !disabled.contains(Checks.notNull(rule, "rule"));
    }

    /** The ids of the rules switched off. */
    public Set<String> disabled() {
        return disabled;
    }

    /** The findings, errors and warnings alike, in document order. */
    public List<Finding> lint(Catalogue catalogue) {
        Checks.notNull(catalogue, "catalogue");
        List<Finding> out = new ArrayList<>(ModelRules.check(catalogue, disabled));
        if (isEnabled(CONSTRAINTS.rule())) {
            Set<String> flagged = new HashSet<>();
            for (Finding f : out) {
                if (f.rule().equals(ModelRules.MALFORMED_URL.rule())) {
                    f.url().ifPresent(flagged::add);
                }
            }
            // The validator starts only when the screen finds a value it could report beyond the malformed
            // URLs already reported: starting it is most of a lint run, and it usually finds nothing.
            if (!allReported(ConstraintScreen.suspects(catalogue), flagged)) {
                for (Finding f : CatalogueValidator.validate(catalogue)) {
                    if (f.url().filter(flagged::contains).isEmpty()) {
                        out.add(f); // a malformed URL is reported once, by malformed-url
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Whether the validator's finding for each of these invalid values would be dropped as already
     * reported: each is a URL (as {@link CatalogueValidator} tells one, by {@code ://}) that malformed-url
     * reported. True when there are none.
     */
    private static boolean allReported(List<Object> invalidValues, Set<String> flagged) {
        for (Object v : invalidValues) {
            if (!(v instanceof String s && s.contains("://") && flagged.contains(s))) {
                return false;
            }
        }
        return true;
    }

    /** {@code Linter[all rules]} or {@code Linter[without duplicate-entry]}. */
    @Override
    public String toString() {
        return "Linter[" + (disabled.isEmpty() ? "all rules" : "without " + String.join(", ", new TreeSet<>(disabled))) + "]";
    }
}
