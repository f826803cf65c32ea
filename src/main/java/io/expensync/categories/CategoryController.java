package io.expensync.categories;

import io.expensync.users.CurrentUser;
import io.expensync.web.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The categories page: the list, a form to add one, and a page to change one. */
@Controller
class CategoryController {

	private final CategoryService categories;

	CategoryController(CategoryService categories) {
		this.categories = categories;
	}

	@GetMapping("/categories")
	String list(CurrentUser user, Model model) {
		model.addAttribute("categories", categories.list(user.id()));
		model.addAttribute("form", new CategoryForm());
		return "categories/list";
	}

	@PostMapping("/categories")
	String create(CurrentUser user, @ModelAttribute("form") CategoryForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			if (!result.hasErrors()) {
				CategoryView category = categories.create(user.id(), form.toDetails());
				redirect.addFlashAttribute("success", "Category \"%s\" added.".formatted(category.name()));
				return "redirect:/categories";
			}
		}
		catch (InvalidInputException ex) {
			ex.rejectIn(result);
		}
		model.addAttribute("categories", categories.list(user.id()));
		return "categories/list";
	}

	@GetMapping("/categories/{key}/edit")
	String edit(CurrentUser user, @PathVariable String key, Model model) {
		CategoryView category = categories.get(user.id(), key);
		model.addAttribute("category", category);
		model.addAttribute("form", CategoryForm.of(category));
		return "categories/form";
	}

	@PostMapping("/categories/{key}/edit")
	String update(CurrentUser user, @PathVariable String key, @ModelAttribute("form") CategoryForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		CategoryView category = categories.get(user.id(), key);
		try {
			if (!result.hasErrors()) {
				CategoryView saved = categories.update(user.id(), key, form.toDetails());
				redirect.addFlashAttribute("success", "Category \"%s\" saved.".formatted(saved.name()));
				return "redirect:/categories";
			}
		}
		catch (InvalidInputException ex) {
			ex.rejectIn(result);
		}
		model.addAttribute("category", category);
		return "categories/form";
	}

}
