package io.github.medicalnlp.catalogue.lint;

import io.github.medicalnlp.catalogue.internal.Checks;

/**
 * A lint rule: its id (used to switch it off), its severity and what it checks.
 *
 * @param id the rule's id, e.g. {@code duplicate-entry}
 * @param severity the severity of its findings
 * @param description what it checks, in English
 */
public record RuleInfo(String id, Severity severity, String description) {

    /**
     * Checks the arguments.
     *
     * @throws NullPointerException naming the parameter that is null
     * @throws IllegalArgumentException when id or description is blank
     */
    public RuleInfo {
        Checks.notBlank(id, "id");
        Checks.notNull(severity, "severity");
        Checks.notBlank(description, "description");
    }
}
