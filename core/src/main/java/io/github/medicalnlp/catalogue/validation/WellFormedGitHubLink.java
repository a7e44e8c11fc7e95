package io.github.medicalnlp.catalogue.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A link to github.com names a well-formed owner (1 to 39 letters, digits or single hyphens, not at the
 * ends) and, when it names one, a well-formed repository ({@code owner/repo}).
 */
@Documented
@Constraint(validatedBy = GitHubLinkValidator.class)
@Target({TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface WellFormedGitHubLink {

    /** The message. */
    String message() default "must name a well-formed GitHub owner/repo";

    /** The groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};
}
