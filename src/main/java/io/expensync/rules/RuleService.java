package io.expensync.rules;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.expensync.accounts.AccountService;
import io.expensync.categories.CategoryService;
import io.expensync.categories.CategoryType;
import io.expensync.categories.CategoryView;
import io.expensync.web.InvalidFieldException;
import io.expensync.web.InvalidInputException;
import io.expensync.web.InvalidInputException.Problem;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user's rules: their ordered list, adding, changing, moving and removing one, and
 * the {@link RuleBook} that files transactions by them. Each user has at most
 * {@value #MAX_RULES} rules.
 */
@Service
public class RuleService {

	public static final int MAX_RULES = 200;

	private final RuleRepository rules;

	private final RuleCheck check;

	private final CategoryService categories;

	private final Clock clock;

	RuleService(RuleRepository rules, RuleCheck check, CategoryService categories, Clock clock) {
		this.rules = rules;
		this.check = check;
		this.categories = categories;
		this.clock = clock;
	}

	/** The user's rules in the order they are tried. */
	@Transactional(readOnly = true)
	public List<RuleView> list(UUID userId) {
		List<Rule> all = ordered(userId);
		List<RuleView> views = new ArrayList<>(all.size());
		for (int i = 0; i < all.size(); i++) {
			views.add(all.get(i).view(i));
		}
		return views;
	}

	@Transactional(readOnly = true)
	public RuleView get(UUID userId, UUID id) {
		return list(userId).stream()
			.filter(rule -> rule.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new RuleNotFoundException(id));
	}

	/**
	 * The user's rules, read once (with their active categories), to file many
	 * transactions: what every way a transaction comes in uses, imports too.
	 */
	@Transactional(readOnly = true)
	public RuleBook rulesFor(UUID userId) {
		List<RuleView> all = list(userId);
		if (all.isEmpty()) {
			return new RuleBook(List.of());
		}
		Map<String, CategoryType> active = categories.active(userId)
			.stream()
			.collect(Collectors.toMap(CategoryView::key, CategoryView::type, (one, other) -> one));
		return new RuleBook(all.stream()
			.map(rule -> new CompiledRule(rule, rule.setCategory() == null ? null : active.get(rule.setCategory())))
			.toList());
	}

	/** One rule alone, to see what it would do to the transactions already there. */
	@Transactional(readOnly = true)
	RuleBook ruleAlone(UUID userId, UUID id) {
		RuleView rule = get(userId, id);
		CategoryType type = (rule.setCategory() == null) ? null
				: categories.active(userId)
					.stream()
					.filter(category -> category.key().equals(rule.setCategory()))
					.map(CategoryView::type)
					.findFirst()
					.orElse(null);
		return new RuleBook(List.of(new CompiledRule(rule, type)));
	}

	/**
	 * Adds a rule at the end of the list.
	 * @throws InvalidInputException naming every field that is not valid
	 */
	@Transactional
	public RuleView create(UUID userId, RuleDetails details) {
		check.valid(userId, details);
		long count = rules.countByUserId(userId);
		if (count >= MAX_RULES) {
			throw new InvalidFieldException("",
					"You have %d rules, the most there may be; remove one first".formatted(MAX_RULES));
		}
		Rule rule = rules.saveAndFlush(new Rule(userId, nextPosition(userId), details, clock.instant()));
		return get(userId, rule.id());
	}

	/**
	 * Replaces all of a rule's fields.
	 * @throws InvalidInputException naming every field that is not valid
	 */
	@Transactional
	public RuleView update(UUID userId, UUID id, RuleDetails details) {
		Rule rule = find(userId, id);
		check.valid(userId, details);
		rule.change(details, clock.instant());
		rules.flush();
		return get(userId, id);
	}

	@Transactional
	public RuleView delete(UUID userId, UUID id) {
		RuleView rule = get(userId, id);
		rules.delete(find(userId, id));
		rules.flush();
		return rule;
	}

	/**
	 * Puts the rules in the order given, which must name each of the user's rules once.
	 * @throws InvalidFieldException on {@code ids} otherwise
	 */
	@Transactional
	public List<RuleView> reorder(UUID userId, List<UUID> ids) {
		Map<UUID, Rule> byId = ordered(userId).stream().collect(Collectors.toMap(Rule::id, Function.identity()));
		if (ids.size() != byId.size() || !byId.keySet().equals(new HashSet<>(ids))) {
			throw new InvalidFieldException("ids", "List each of your %d rules exactly once".formatted(byId.size()));
		}
		for (int i = 0; i < ids.size(); i++) {
			byId.get(ids.get(i)).moveTo(i);
		}
		rules.flush();
		return list(userId);
	}

	/** Moves the rule one place up: it is tried earlier. At the top it stays. */
	@Transactional
	public RuleView moveUp(UUID userId, UUID id) {
		return move(userId, id, -1);
	}

	/** Moves the rule one place down: it is tried later. At the bottom it stays. */
	@Transactional
	public RuleView moveDown(UUID userId, UUID id) {
		return move(userId, id, 1);
	}

	private RuleView move(UUID userId, UUID id, int step) {
		List<Rule> all = new ArrayList<>(ordered(userId));
		int index = all.indexOf(find(userId, id));
		int other = index + step;
		if (other >= 0 && other < all.size()) {
			all.set(index, all.get(other));
			all.set(other, find(userId, id));
		}
		for (int i = 0; i < all.size(); i++) {
			all.get(i).moveTo(i);
		}
		rules.flush();
		return get(userId, id);
	}

	private int nextPosition(UUID userId) {
		List<Rule> all = ordered(userId);
		return all.isEmpty() ? 0 : all.stream().mapToInt(Rule::position).max().orElse(0) + 1;
	}

	private List<Rule> ordered(UUID userId) {
		return rules.findByUserIdOrderByPositionAscCreatedAtAsc(userId);
	}

	private Rule find(UUID userId, UUID id) {
		return rules.findByIdAndUserId(id, userId).orElseThrow(() -> new RuleNotFoundException(id));
	}

	/** Every problem of the details, for a caller that shows them with its own. */
	@Transactional(readOnly = true)
	public List<Problem> problems(UUID userId, RuleDetails details) {
		return check.problems(userId, details);
	}

}
