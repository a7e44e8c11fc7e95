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
 * The annotated text is {@code null} or has a character that is not white space (as
 * {@link String#isBlank()} sees it, so {@code U+3000} counts as white space, as in the model's
 * constructors).
 *
 * <p>This is the constraint for the value of an {@code Optional}: {@code Optional<@NullOrNotBlank String>}
 * accepts an absent value and refuses a present blank one. {@code Optional<@NotBlank String>} would not
 * do: Bean Validation hands the constraint {@code null} for an empty {@code Optional}, and
 * {@code @NotBlank} refuses {@code null}.
 */
@Documented
@Constraint(validatedBy = NullOrNotBlankValidator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface NullOrNotBlank {

    /** The message. */
    String message() default "must not be blank when present";

    /** The groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};
}
