package io.expensync.users.admin;

import java.util.List;

import io.expensync.users.CurrentUser;
import io.expensync.users.UserService;
import io.expensync.users.UserView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * For administrators, in the API: the installation's users ({@code GET
 * /api/v1/admin/users}) and whether anyone may sign up ({@code PUT
 * /api/v1/admin/registration}). Anyone else gets 404; refusals are problem details.
 */
@RestController
class AdminUsersApiController {

	record UsersResponse(List<AdminUsersController.UserRow> items, int page, int size, long totalElements,
			int totalPages, boolean registrationOpen) {
	}

	record RegistrationBody(@NotNull Boolean open) {
	}

	private final UserService users;

	AdminUsersApiController(UserService users) {
		this.users = users;
	}

	@GetMapping("/api/v1/admin/users")
	UsersResponse list(CurrentUser admin, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		Page<UserView> found = users.list(admin, page, size);
		return new UsersResponse(found.map(AdminUsersController.UserRow::of).getContent(), found.getNumber(),
				found.getSize(), found.getTotalElements(), found.getTotalPages(), users.registrationOpen());
	}

	@PutMapping("/api/v1/admin/registration")
	RegistrationBody setRegistration(CurrentUser admin, @Valid @RequestBody RegistrationBody body) {
		users.openRegistration(admin, body.open());
		return new RegistrationBody(users.registrationOpen());
	}

}
