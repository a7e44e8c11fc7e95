package io.github.medicalnlp.catalogue.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated string is an absolute {@code http} or {@code https} URL with a host: no white space, no
 * half-written Markdown link, and no other scheme ({@code javascript:}, {@code file:}, {@code data:}
 * are refused). {@code null} is valid (use {@code @NotNull} as well).
 */
@Documented
@Constraint(validatedBy = HttpUrlValidator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface HttpUrl {

    /** The message. */
    String message() default "must be an absolute http or https URL";

    /** The groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};
}
