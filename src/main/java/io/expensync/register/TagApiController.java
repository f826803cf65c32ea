package io.expensync.register;

import java.util.List;

import io.expensync.transactions.TransactionTags;
import io.expensync.transactions.TransactionTags.TagUse;
import io.expensync.users.CurrentUser;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/tags}: the user's tags with how many transactions carry each; renaming
 * ({@code PUT /api/v1/tags/{tag}} with {@code {"name": "…"}}) or removing one changes
 * every transaction that carries it at once.
 */
@RestController
@RequestMapping("/api/v1/tags")
class TagApiController {

	record RenameRequest(@Nullable String name) {
	}

	record TagResponse(String tag, long transactions) {

		static TagResponse of(TagUse use) {
			return new TagResponse(use.tag(), use.transactions());
		}

	}

	private final TransactionTags tags;

	TagApiController(TransactionTags tags) {
		this.tags = tags;
	}

	@GetMapping
	List<TagResponse> list(CurrentUser user) {
		return tags.list(user.id()).stream().map(TagResponse::of).toList();
	}

	@PutMapping("/{tag}")
	TagResponse rename(CurrentUser user, @PathVariable String tag, @RequestBody RenameRequest request) {
		return TagResponse.of(tags.rename(user.id(), tag, request.name()));
	}

	@DeleteMapping("/{tag}")
	ResponseEntity<Void> delete(CurrentUser user, @PathVariable String tag) {
		tags.delete(user.id(), tag);
		return ResponseEntity.noContent().build();
	}

}
