package io.expensync.categories;

import java.text.Normalizer;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.expensync.web.Commands;
import io.expensync.web.InvalidFieldException;
import io.expensync.web.InvalidInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's categories, and the check that a transaction names one of them with the right
 * type.
 */
@Service
public class CategoryService {

	private final CategoryRepository categories;

	private final ApplicationEventPublisher events;

	private final Commands commands;

	private final Clock clock;

	CategoryService(CategoryRepository categories, ApplicationEventPublisher events, Commands commands, Clock clock) {
		this.categories = categories;
		this.events = events;
		this.commands = commands;
		this.clock = clock;
	}

	@Transactional
	public void createDefaults(UUID userId) {
		categories.saveAll(Arrays.stream(DefaultCategory.values())
			.filter(preset -> !categories.existsByUserIdAndKey(userId, preset.key))
			.map(preset -> Category.of(userId, preset, clock.instant()))
			.toList());
	}

	/**
	 * All of the user's categories, archived ones included: income first, then expenses,
	 * by name.
	 */
	@Transactional(readOnly = true)
	public List<CategoryView> list(UUID userId) {
		return categories.findByUserIdOrderByTypeAscNameAsc(userId).stream().map(Category::view).toList();
	}

	/** The categories a new transaction may use. */
	@Transactional(readOnly = true)
	public List<CategoryView> active(UUID userId) {
		return list(userId).stream().filter(category -> !category.archived()).toList();
	}

	@Transactional(readOnly = true)
	public Map<String, CategoryView> byKey(UUID userId) {
		return list(userId).stream().collect(Collectors.toMap(CategoryView::key, Function.identity()));
	}

	@Transactional(readOnly = true)
	public CategoryView get(UUID userId, String key) {
		return find(userId, key).view();
	}

	/**
	 * The category with this key if the user has it with this type and it is not
	 * archived.
	 * @throws InvalidFieldException on field {@code category} otherwise
	 */
	@Transactional(readOnly = true)
	public CategoryView requireActive(UUID userId, String key, CategoryType type) {
		CategoryView category = require(userId, key, type);
		if (category.archived()) {
			throw new InvalidFieldException("category",
					"The category \"%s\" is archived; choose another or restore it".formatted(category.name()));
		}
		return category;
	}

	/**
	 * Like {@link #requireActive} but accepts an archived category, for a transaction
	 * that already has it.
	 */
	@Transactional(readOnly = true)
	public CategoryView require(UUID userId, String key, CategoryType type) {
		CategoryView category = categories.findByUserIdAndKey(userId, key)
			.map(Category::view)
			.orElseThrow(() -> new InvalidFieldException("category", "There is no category '%s'".formatted(key)));
		if (category.type() != type) {
			throw new InvalidFieldException("category", "\"%s\" is an %s category, not an %s one"
				.formatted(category.name(), lower(category.type()), lower(type)));
		}
		return category;
	}

	/**
	 * Adds a category, keyed by its name (made unique among the user's keys).
	 * @throws InvalidInputException naming each field that is not valid
	 */
	@Transactional
	public CategoryView create(UUID userId, CategoryDetails details) {
		commands.valid(details);
		String base = slug(details.name());
		String key = base;
		for (int n = 2; categories.existsByUserIdAndKey(userId, key); n++) {
			key = base + "-" + n;
		}
		Category category = new Category(userId, key, details.name().strip(), details.type(),
				details.colour().toLowerCase(Locale.ROOT), details.icon(), clock.instant());
		CategoryView created = categories.saveAndFlush(category).view();
		events.publishEvent(new CategoryChanged(userId, key, null, created));
		return created;
	}

	/**
	 * Renames, recolours, archives or restores a category; its key and type stay.
	 * @throws InvalidInputException naming each field that is not valid
	 */
	@Transactional
	public CategoryView update(UUID userId, String key, CategoryDetails details) {
		commands.valid(details);
		return change(userId, find(userId, key), details);
	}

	/** Changes the details the patch names and keeps the others, as {@link #update}. */
	@Transactional
	public CategoryView patch(UUID userId, String key, CategoryPatch patch) {
		Category category = find(userId, key);
		return change(userId, category, commands.valid(patch.onto(category.view())));
	}

	private CategoryView change(UUID userId, Category category, CategoryDetails details) {
		CategoryView before = category.view();
		category.change(details.name().strip(), details.colour().toLowerCase(Locale.ROOT), details.icon(),
				details.archived(), clock.instant());
		categories.flush();
		CategoryView after = category.view();
		events.publishEvent(new CategoryChanged(userId, before.key(), before, after));
		return after;
	}

	private Category find(UUID userId, String key) {
		return categories.findByUserIdAndKey(userId, key).orElseThrow(() -> new CategoryNotFoundException(key));
	}

	static String slug(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > 40) {
			slug = slug.substring(0, 40).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "category" : slug;
	}

	private static String lower(CategoryType type) {
		return type.name().toLowerCase(Locale.ROOT);
	}

}
