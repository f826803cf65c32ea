package io.expensync.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.expensync.transactions.TransactionType;
import io.expensync.web.InvalidFieldException;
import io.expensync.web.InvalidInputException;
import io.expensync.web.InvalidInputException.Problem;
import io.expensync.web.MoneyInput;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * The Rules page's form to add or change a rule, as {@code th:field} binds it: a few rows
 * of text conditions (a row without text is left out), the other conditions and the
 * actions. It only turns into a {@link RuleDetails}, which {@link RuleService} checks.
 */
public class RuleForm {

	/** How many condition rows the form shows at least. */
	static final int ROWS = 3;

	private String name = "";

	private List<ConditionRow> conditions = new ArrayList<>();

	private String minAmount = "";

	private String maxAmount = "";

	private @Nullable UUID accountId;

	private @Nullable TransactionType type;

	private String setCategory = "";

	private String setMerchant = "";

	private String setDescription = "";

	static RuleForm of(RuleView rule) {
		RuleForm form = new RuleForm();
		form.name = rule.name();
		for (TextCondition condition : rule.conditions()) {
			ConditionRow row = new ConditionRow();
			row.setField(condition.field());
			row.setOperator(condition.operator());
			row.setText(String.valueOf(condition.text()));
			form.conditions.add(row);
		}
		form.minAmount = plain(rule.minAmount());
		form.maxAmount = plain(rule.maxAmount());
		form.accountId = rule.accountId();
		form.type = rule.type();
		form.setCategory = orEmpty(rule.setCategory());
		form.setMerchant = orEmpty(rule.setMerchant());
		form.setDescription = orEmpty(rule.setDescription());
		return form.padded();
	}

	/** The form with empty condition rows to fill in, up to the most a rule may have. */
	RuleForm padded() {
		while (conditions.size() < RuleCheck.MAX_CONDITIONS
				&& (conditions.size() < ROWS || !conditions.get(conditions.size() - 1).isEmpty())) {
			conditions.add(new ConditionRow());
		}
		return this;
	}

	/**
	 * The rule this form asks for. An amount that is not a number is rejected in
	 * {@code result} and left out, so that the service names the other problems too.
	 */
	RuleDetails toDetails(BindingResult result) {
		List<@Nullable TextCondition> given = new ArrayList<>();
		for (ConditionRow row : conditions) {
			if (row != null && !row.isEmpty()) {
				given.add(new TextCondition(row.getField(), row.getOperator(), row.getText()));
			}
		}
		return new RuleDetails(name, given, amount("minAmount", minAmount, result),
				amount("maxAmount", maxAmount, result), accountId, type, setCategory, setMerchant, setDescription);
	}

	/**
	 * Shows the service's problems next to their fields, a condition's at its row on the
	 * form (rows without text were left out, so the numbers differ).
	 */
	void reject(InvalidInputException ex, BindingResult result) {
		List<Integer> rows = new ArrayList<>();
		for (int i = 0; i < conditions.size(); i++) {
			if (conditions.get(i) != null && !conditions.get(i).isEmpty()) {
				rows.add(i);
			}
		}
		List<Problem> problems = new ArrayList<>();
		for (Problem problem : ex.problems()) {
			String field = problem.field();
			if (result.hasFieldErrors(field)) {
				continue;
			}
			if (field.startsWith("conditions[")) {
				int index = Integer.parseInt(field.substring("conditions[".length(), field.indexOf(']')));
				field = "conditions[" + (index < rows.size() ? rows.get(index) : index)
						+ field.substring(field.indexOf(']'));
			}
			problems.add(new Problem(field, problem.message()));
		}
		if (!problems.isEmpty()) {
			new InvalidInputException(problems).rejectIn(result);
		}
	}

	private static @Nullable BigDecimal amount(String field, String text, BindingResult result) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return MoneyInput.number(field, text);
		}
		catch (InvalidFieldException ex) {
			ex.rejectIn(result);
			return null;
		}
	}

	private static String plain(@Nullable BigDecimal amount) {
		return (amount == null) ? "" : amount.stripTrailingZeros().toPlainString();
	}

	private static String orEmpty(@Nullable String text) {
		return (text == null) ? "" : text;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public List<ConditionRow> getConditions() {
		return conditions;
	}

	public void setConditions(List<ConditionRow> conditions) {
		this.conditions = conditions;
	}

	public String getMinAmount() {
		return minAmount;
	}

	public void setMinAmount(String minAmount) {
		this.minAmount = minAmount;
	}

	public String getMaxAmount() {
		return maxAmount;
	}

	public void setMaxAmount(String maxAmount) {
		this.maxAmount = maxAmount;
	}

	public @Nullable UUID getAccountId() {
		return accountId;
	}

	public void setAccountId(@Nullable UUID accountId) {
		this.accountId = accountId;
	}

	public @Nullable TransactionType getType() {
		return type;
	}

	public void setType(@Nullable TransactionType type) {
		this.type = type;
	}

	public String getSetCategory() {
		return setCategory;
	}

	public void setSetCategory(String setCategory) {
		this.setCategory = setCategory;
	}

	public String getSetMerchant() {
		return setMerchant;
	}

	public void setSetMerchant(String setMerchant) {
		this.setMerchant = setMerchant;
	}

	public String getSetDescription() {
		return setDescription;
	}

	public void setSetDescription(String setDescription) {
		this.setDescription = setDescription;
	}

	/** One row of text conditions on the form. */
	public static class ConditionRow {

		private @Nullable TextField field = TextField.DESCRIPTION;

		private @Nullable TextOperator operator = TextOperator.CONTAINS;

		private String text = "";

		boolean isEmpty() {
			return text.isBlank();
		}

		public @Nullable TextField getField() {
			return field;
		}

		public void setField(@Nullable TextField field) {
			this.field = field;
		}

		public @Nullable TextOperator getOperator() {
			return operator;
		}

		public void setOperator(@Nullable TextOperator operator) {
			this.operator = operator;
		}

		public String getText() {
			return text;
		}

		public void setText(String text) {
			this.text = text;
		}

	}

}
