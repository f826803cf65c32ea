package io.expensync.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The class-level constraint of a command whose fields depend on each other (a transfer
 * needs a target account, other types a category): the command implements {@link Checked}
 * and names the field each broken rule belongs to.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = FieldRules.Validator.class)
public @interface FieldRules {

	String message() default "The fields do not fit together";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** A command with rules across its fields. */
	interface Checked {

		/** Reports each rule the command breaks. */
		void check(Problems problems);

	}

	/** Where {@link Checked#check} reports. */
	final class Problems {

		private final ConstraintValidatorContext context;

		private boolean any;

		Problems(ConstraintValidatorContext context) {
			this.context = context;
		}

		/** The field breaks a rule; an empty field is the command as a whole. */
		public void add(String field, String message) {
			any = true;
			var violation = context.buildConstraintViolationWithTemplate(escaped(message));
			if (field.isEmpty()) {
				violation.addConstraintViolation();
			}
			else {
				violation.addPropertyNode(field).addConstraintViolation();
			}
		}

		// messages are plain text, never templates: user input may appear in them
		private static String escaped(String message) {
			return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
		}

	}

	/** Runs the command's own rules. */
	class Validator implements ConstraintValidator<FieldRules, Checked> {

		@Override
		public boolean isValid(Checked command, ConstraintValidatorContext context) {
			context.disableDefaultConstraintViolation();
			Problems problems = new Problems(context);
			command.check(problems);
			return !problems.any;
		}

	}

}
