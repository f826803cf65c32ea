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

import io.expensync.web.InvalidFieldException;

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

	private final Clock clock;

	CategoryService(CategoryRepository categories, ApplicationEventPublisher events, Clock clock) {
		this.categories = categories;
		this.events = events;
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
		return categories.findByUserIdAndKey(userId, key)
			.map(Category::view)
			.orElseThrow(() -> new CategoryNotFoundException(key));
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

	@Transactional
	public CategoryView create(UUID userId, CategoryForm form) {
		String base = slug(form.getName());
		String key = base;
		for (int n = 2; categories.existsByUserIdAndKey(userId, key); n++) {
			key = base + "-" + n;
		}
		Category category = new Category(userId, key, form.getName().strip(), form.getType(),
				form.getColour().toLowerCase(Locale.ROOT), form.getIcon(), clock.instant());
		CategoryView created = categories.saveAndFlush(category).view();
		events.publishEvent(new CategoryChanged(userId, key, null, created));
		return created;
	}

	@Transactional
	public CategoryView update(UUID userId, String key, CategoryForm form) {
		Category category = categories.findByUserIdAndKey(userId, key)
			.orElseThrow(() -> new CategoryNotFoundException(key));
		CategoryView before = category.view();
		category.change(form.getName().strip(), form.getColour().toLowerCase(Locale.ROOT), form.getIcon(),
				form.isArchived(), clock.instant());
		categories.flush();
		CategoryView after = category.view();
		events.publishEvent(new CategoryChanged(userId, key, before, after));
		return after;
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
