package io.github.medicalnlp.catalogue.lint;

import io.github.medicalnlp.catalogue.internal.Checks;
import java.util.Optional;

/**
 * One problem a lint rule found: the rule, its severity, an English message, and where: the section
 * path, the entry (name and index in its section), the link URL when the finding is about one link, and
 * the file location when the catalogue was read from a file.
 *
 * @param rule the rule's id, e.g. {@code duplicate-entry}
 * @param severity how bad it is
 * @param message what is wrong and what to do, in English
 * @param sectionPath the path of the section, e.g. {@code 3 > 3.1}, if the finding is in a section
 * @param entry the entry's name, if the finding is about an entry
 * @param entryIndex the entry's index among its section's entries, if it is about an entry
 * @param url the URL the finding is about, if any
 * @param location where in the source file, if known
 */
public record Finding(String rule, Severity severity, String message, Optional<String> sectionPath,
        Optional<String> entry, Optional<Integer> entryIndex, Optional<String> url, Optional<Location> location) {

    /**
     * Checks the arguments.
     *
     * @throws NullPointerException naming the parameter that is null
     */
    public Finding {
        Checks.notBlank(rule, "rule");
        Checks.notNull(severity, "severity");
        Checks.notBlank(message, "message");
        Checks.notNull(sectionPath, "sectionPath");
        Checks.notNull(entry, "entry");
        Checks.notNull(entryIndex, "entryIndex");
        Checks.notNull(url, "url");
        Checks.notNull(location, "location");
    }

    /** This finding at a place in a file. */
    public Finding at(Location location) {
        return new Finding(rule, severity, message, sectionPath, entry, entryIndex, url,
                Optional.of(Checks.notNull(location, "location")));
    }

    /**
     * One line: {@code file:line:col: severity: rule-id: message}, or with the section path in place of
     * the file location when there is none.
     */
    @Override
    public String toString() {
        String where = location.map(Location::toString)
                .orElse(sectionPath.map(p -> "section " + p).orElse("catalogue"));
        return where + ": " + severity + ": " + rule + ": " + message;
    }
}
