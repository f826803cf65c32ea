package io.expensync.accounts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An account's name, the one rule that opening and changing an account share: 1 to 100
 * characters.
 */
@NotBlank(message = "Give the account a name")
@Size(max = 100, message = "An account name has at most 100 characters")
@Documented
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@interface AccountName {

	String message() default "Give the account a name of 1 to 100 characters";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
