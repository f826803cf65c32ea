package io.expensync.demo;

import java.util.Map;

import io.expensync.users.CurrentUser;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Development mode only ({@code expensync.dev-mode=true}): the signed-in user adds demo
 * data to their own accounts, from the dashboard or with {@code POST /api/v1/demo-data}.
 * Without dev mode these routes do not exist.
 */
@Controller
@ConditionalOnBooleanProperty("expensync.dev-mode")
class DemoDataController {

	private final DemoData demoData;

	DemoDataController(DemoData demoData) {
		this.demoData = demoData;
	}

	@PostMapping("/demo-data")
	String generate(CurrentUser user, RedirectAttributes redirect) {
		int rows = demoData.generate(user);
		redirect.addFlashAttribute("success", "Added 3 demo accounts with %d transactions.".formatted(rows));
		return "redirect:/dashboard";
	}

	@PostMapping("/api/v1/demo-data")
	@ResponseBody
	ResponseEntity<Map<String, Integer>> generateApi(CurrentUser user) {
		return ResponseEntity.status(201).body(Map.of("accounts", 3, "transactions", demoData.generate(user)));
	}

}
