package io.expensync.register;

import io.expensync.transactions.TagNotFoundException;
import io.expensync.transactions.TransactionTags;
import io.expensync.transactions.TransactionTags.TagUse;
import io.expensync.users.CurrentUser;
import io.expensync.web.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The tags page: every tag with how many transactions carry it, to rename (two tags
 * become one when renamed alike) or remove on all of them at once.
 */
@Controller
class TagController {

	private final TransactionTags tags;

	TagController(TransactionTags tags) {
		this.tags = tags;
	}

	@GetMapping("/tags")
	String list(CurrentUser user, Model model) {
		model.addAttribute("tags", tags.list(user.id()));
		return "tags/list";
	}

	@PostMapping("/tags/rename")
	String rename(CurrentUser user, @RequestParam String tag, @RequestParam(required = false) @Nullable String name,
			RedirectAttributes redirect) {
		try {
			TagUse renamed = tags.rename(user.id(), tag, name);
			redirect.addFlashAttribute("success",
					"Renamed to \"%s\" on %d transaction(s).".formatted(renamed.tag(), renamed.transactions()));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.messagesInOneLine());
		}
		catch (TagNotFoundException ex) {
			redirect.addFlashAttribute("error", "No transaction carries the tag \"%s\" any more.".formatted(tag));
		}
		return "redirect:/tags";
	}

	@PostMapping("/tags/delete")
	String delete(CurrentUser user, @RequestParam String tag, RedirectAttributes redirect) {
		try {
			int removed = tags.delete(user.id(), tag);
			redirect.addFlashAttribute("success",
					"Removed \"%s\" from %d transaction(s).".formatted(tag.strip(), removed));
		}
		catch (TagNotFoundException ex) {
			redirect.addFlashAttribute("error", "No transaction carries the tag \"%s\" any more.".formatted(tag));
		}
		return "redirect:/tags";
	}

}
