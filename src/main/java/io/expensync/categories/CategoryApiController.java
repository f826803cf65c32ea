package io.expensync.categories;

import java.net.URI;
import java.util.UUID;

import io.expensync.users.CurrentUser;
import io.expensync.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/categories}: list, create, and rename, recolour or archive by key. */
@RestController
@RequestMapping("/api/v1/categories")
class CategoryApiController {

	record CategoryResponse(UUID id, String key, String name, CategoryType type, String colour, String icon,
			boolean archived) {

		static CategoryResponse of(CategoryView category) {
			return new CategoryResponse(category.id(), category.key(), category.name(), category.type(),
					category.colour(), category.icon(), category.archived());
		}
	}

	record PatchCategoryRequest(@Nullable @Size(min = 1, max = 50) String name,
			@Nullable @Pattern(regexp = "#[0-9a-fA-F]{6}") String colour,
			@Nullable @Pattern(regexp = "[a-z0-9-]{1,40}") String icon, @Nullable Boolean archived) {
	}

	private final CategoryService categories;

	CategoryApiController(CategoryService categories) {
		this.categories = categories;
	}

	@GetMapping
	PageResponse<CategoryResponse> list(CurrentUser user) {
		return PageResponse.of(categories.list(user.id()).stream().map(CategoryResponse::of).toList());
	}

	@PostMapping
	ResponseEntity<CategoryResponse> create(CurrentUser user, @Valid @RequestBody CategoryForm form) {
		CategoryView category = categories.create(user.id(), form);
		return ResponseEntity.created(URI.create("/api/v1/categories/" + category.key()))
			.body(CategoryResponse.of(category));
	}

	@PatchMapping("/{key}")
	CategoryResponse patch(CurrentUser user, @PathVariable String key,
			@Valid @RequestBody PatchCategoryRequest request) {
		CategoryForm form = CategoryForm.of(categories.get(user.id(), key));
		if (request.name() != null) {
			form.setName(request.name());
		}
		if (request.colour() != null) {
			form.setColour(request.colour());
		}
		if (request.icon() != null) {
			form.setIcon(request.icon());
		}
		if (request.archived() != null) {
			form.setArchived(request.archived());
		}
		return CategoryResponse.of(categories.update(user.id(), key, form));
	}

}
