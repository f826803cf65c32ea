package io.expensync.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/**
 * Checks a use case's command before the service acts on it: its Bean Validation
 * constraints, including the class-level {@link FieldRules} where fields depend on each
 * other, all at once. Services call it first; controllers, page and API alike, only bind
 * the input and show what comes back.
 */
@Component
public class Commands {

	private final Validator validator;

	Commands(Validator validator) {
		this.validator = validator;
	}

	/**
	 * The command itself if it is valid.
	 * @throws InvalidInputException naming every field that is not, in the order the
	 * command declares them
	 */
	public <T> T valid(T command) {
		List<InvalidInputException.Problem> problems = problems(command);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return command;
	}

	/**
	 * Every rule the command breaks, in the order it declares its fields: for a caller
	 * that reports them together with problems of its own.
	 */
	public <T> List<InvalidInputException.Problem> problems(T command) {
		List<ConstraintViolation<T>> violations = new ArrayList<>(validator.validate(command));
		List<String> order = componentNames(command.getClass());
		violations.sort(Comparator.<ConstraintViolation<T>>comparingInt(violation -> position(order, field(violation)))
			.thenComparing(ConstraintViolation::getMessage));
		return violations.stream()
			.map(violation -> new InvalidInputException.Problem(field(violation), violation.getMessage()))
			.distinct()
			.toList();
	}

	private static String field(ConstraintViolation<?> violation) {
		return violation.getPropertyPath().toString();
	}

	private static List<String> componentNames(Class<?> type) {
		if (!type.isRecord()) {
			return List.of();
		}
		List<String> names = new ArrayList<>();
		for (var component : type.getRecordComponents()) {
			names.add(component.getName());
		}
		return names;
	}

	private static int position(List<String> order, String field) {
		int dot = field.indexOf('.');
		int index = order.indexOf((dot < 0) ? field : field.substring(0, dot));
		return (index < 0) ? order.size() : index;
	}

}
