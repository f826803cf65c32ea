package io.expensync.categories;

import java.net.URI;
import java.util.UUID;

import io.expensync.users.CurrentUser;
import io.expensync.web.PageResponse;
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

	/** A category to add; {@link CategoryDetails} holds the rules. */
	record NewCategoryRequest(String name, CategoryType type, String colour, String icon) {

		CategoryDetails toDetails() {
			return new CategoryDetails(name, type, colour, icon, false);
		}
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
	ResponseEntity<CategoryResponse> create(CurrentUser user, @RequestBody NewCategoryRequest request) {
		CategoryView category = categories.create(user.id(), request.toDetails());
		return ResponseEntity.created(URI.create("/api/v1/categories/" + category.key()))
			.body(CategoryResponse.of(category));
	}

	@PatchMapping("/{key}")
	CategoryResponse patch(CurrentUser user, @PathVariable String key, @RequestBody CategoryPatch patch) {
		return CategoryResponse.of(categories.patch(user.id(), key, patch));
	}

}
