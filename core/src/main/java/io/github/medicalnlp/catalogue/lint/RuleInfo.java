package io.github.medicalnlp.catalogue.lint;

import io.github.medicalnlp.catalogue.internal.Checks;
import io.github.medicalnlp.catalogue.internal.Summaries;

/**
 * A lint rule: its id (used to switch it off), its severity and what it checks.
 *
 * @param rule the rule's id, e.g. {@code duplicate-entry}, as {@link Finding#rule()} names it
 * @param severity the severity of its findings
 * @param description what it checks, in English
 */
public record RuleInfo(String rule, Severity severity, String description) {

    /**
     * Checks the arguments.
     *
     * @throws NullPointerException naming the parameter that is null
     * @throws IllegalArgumentException when rule or description is blank
     */
    public RuleInfo {
        Checks.notBlank(rule, "rule");
        Checks.notNull(severity, "severity");
        Checks.notBlank(description, "description");
    }

    /**
     * The rule's id, under the name it had before the rule was given one name everywhere.
     *
     * @deprecated use {@link #rule()}, the name {@link Finding#rule()} has; this name goes in 0.2
     */
    @Deprecated(since = "0.1", forRemoval = true)
    public String id() {
        return rule;
    }

    /** {@code RuleInfo[duplicate-entry · warning: Two entries with the same URL or name]}, the description cut. */
    @Override
    public String toString() {
        return Summaries.of(this);
    }
}
