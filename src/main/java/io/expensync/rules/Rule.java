package io.expensync.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.expensync.transactions.TransactionType;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * One of the user's rules: where it stands in their list, its conditions and its actions.
 */
@Entity
@Table(name = "rules")
class Rule {

	@Id
	private UUID id;

	@Column(name = "user_id", nullable = false, updatable = false)
	private UUID userId;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String name;

	@Convert(converter = ConditionsJson.class)
	@Column(name = "text_conditions", nullable = false)
	private List<TextCondition> conditions;

	@Column(name = "min_amount")
	private @Nullable BigDecimal minAmount;

	@Column(name = "max_amount")
	private @Nullable BigDecimal maxAmount;

	@Column(name = "account_id")
	private @Nullable UUID accountId;

	@Enumerated(EnumType.STRING)
	private @Nullable TransactionType type;

	@Column(name = "set_category")
	private @Nullable String setCategory;

	@Column(name = "set_merchant")
	private @Nullable String setMerchant;

	@Column(name = "set_description")
	private @Nullable String setDescription;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	Rule(UUID userId, int position, RuleDetails details, Instant now) {
		this.id = UUID.randomUUID();
		this.userId = userId;
		this.position = position;
		this.createdAt = now;
		this.name = "";
		this.conditions = List.of();
		this.updatedAt = now;
		change(details, now);
	}

	protected Rule() {
		// for JPA
	}

	/** Replaces every field with the (checked) details. */
	void change(RuleDetails details, Instant now) {
		this.name = String.valueOf(details.name());
		this.conditions = List.copyOf(details.conditions());
		this.minAmount = details.minAmount();
		this.maxAmount = details.maxAmount();
		this.accountId = details.accountId();
		this.type = details.type();
		this.setCategory = details.setCategory();
		this.setMerchant = details.setMerchant();
		this.setDescription = details.setDescription();
		this.updatedAt = now;
	}

	void moveTo(int newPosition) {
		this.position = newPosition;
	}

	UUID id() {
		return id;
	}

	int position() {
		return position;
	}

	RuleView view(int index) {
		return new RuleView(id, index, name, conditions, minAmount, maxAmount, accountId, type, setCategory,
				setMerchant, setDescription, createdAt, updatedAt);
	}

	/** The text conditions as a JSON list in one column, read with the rule. */
	@Converter
	static class ConditionsJson implements AttributeConverter<List<TextCondition>, String> {

		private static final JsonMapper JSON = JsonMapper.builder().build();

		private static final TypeReference<List<TextCondition>> LIST = new TypeReference<>() {
		};

		@Override
		public String convertToDatabaseColumn(List<TextCondition> conditions) {
			return JSON.writeValueAsString(conditions);
		}

		@Override
		public List<TextCondition> convertToEntityAttribute(String json) {
			return List.copyOf(JSON.readValue(json, LIST));
		}

	}

}
