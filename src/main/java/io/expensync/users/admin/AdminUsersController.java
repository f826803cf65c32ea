package io.expensync.users.admin;

import java.time.Instant;

import io.expensync.users.CurrentUser;
import io.expensync.users.Role;
import io.expensync.users.UserService;
import io.expensync.users.UserView;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * For administrators: the installation's users and whether anyone may sign up, as a page
 * ({@code /admin/users}); {@link AdminUsersApiController} serves the same in the API.
 * Anyone else gets 404.
 */
@Controller
class AdminUsersController {

	static final int PAGE_SIZE = 50;

	/** A user as an administrator sees them: no profile details beyond the name. */
	record UserRow(String email, String name, Role role, Instant createdAt, boolean emailVerified) {

		static UserRow of(UserView user) {
			return new UserRow(user.email(), user.name(), user.role(), user.createdAt(), user.emailVerified());
		}

	}

	private final UserService users;

	AdminUsersController(UserService users) {
		this.users = users;
	}

	@GetMapping("/admin/users")
	String page(CurrentUser admin, @RequestParam(defaultValue = "0") int page, Model model) {
		Page<UserView> found = users.list(admin, page, PAGE_SIZE);
		model.addAttribute("users", found.map(UserRow::of));
		model.addAttribute("registrationOpen", users.registrationOpen());
		return "users/admin-users";
	}

	@PostMapping("/admin/registration")
	String registration(CurrentUser admin, @RequestParam boolean open, RedirectAttributes redirect) {
		users.openRegistration(admin, open);
		redirect.addFlashAttribute("success", open ? "Registration is open: anyone who reaches this app can sign up."
				: "Registration is closed: nobody new can sign up.");
		return "redirect:/admin/users";
	}

}
