package id.simonev.platform.nip;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text that {@link Nip#read} reads as a NIP; the violation says why not, in the words every
 * other entry of a NIP uses. Null passes: {@code @NotBlank} says a NIP is required.
 */
@Documented
@Constraint(validatedBy = ValidNip.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidNip {

    String message() default Nip.SPELLINGS;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidNip, String> {

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            if (text == null || !(Nip.read(text) instanceof Nip.Invalid invalid)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            // The reason holds only digits, dates and plain words: nothing a message template interpolates.
            context.buildConstraintViolationWithTemplate(invalid.reason()).addConstraintViolation();
            return false;
        }
    }
}
