package io.expensync.imports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.expensync.accounts.AccountService;
import io.expensync.accounts.AccountView;
import io.expensync.categories.CategoryService;
import io.expensync.categories.CategoryView;
import io.expensync.imports.formats.csv.CsvMapping;
import io.expensync.money.Money;
import io.expensync.users.CurrentUser;
import io.expensync.web.InvalidInputException;
import io.expensync.web.RefusedException;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import pages: upload a statement and see the latest imports; check its preview,
 * leave rows out or take duplicates in, correct a CSV file's columns; commit it in the
 * background with a progress bar, and undo it.
 */
@Controller
class ImportController {

	/** The rows a preview page shows at a time. */
	static final int PAGE = 200;

	/** The lines of a CSV file shown above its mapping. */
	static final int SAMPLE = 8;

	private final ImportService imports;

	private final ImportCommits commits;

	/** Before an account's id among the names of categories: a transfer with it. */
	private static final String TRANSFER = "transfer:";

	private final AccountService accounts;

	private final CategoryService categories;

	ImportController(ImportService imports, ImportCommits commits, AccountService accounts,
			CategoryService categories) {
		this.imports = imports;
		this.commits = commits;
		this.accounts = accounts;
		this.categories = categories;
	}

	/**
	 * A row of the preview as the page shows it: its amount as money, its category by
	 * name.
	 */
	public record RowLine(ImportPreview.Row row, Money amount, @Nullable String categoryName) {
	}

	/**
	 * A column of a CSV file: its number and, from the header or first row, what it
	 * holds.
	 */
	public record Column(int index, String label) {
	}

	@GetMapping("/imports")
	String list(CurrentUser user, @RequestParam(required = false) @Nullable UUID accountId, Model model) {
		return listPage(user, accountId, model);
	}

	@PostMapping("/imports")
	String upload(CurrentUser user, @RequestParam(required = false) @Nullable UUID accountId,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model)
			throws IOException {
		if (accountId == null) {
			model.addAttribute("error", "Choose the account the statement is of.");
			return listPage(user, null, model);
		}
		if (file == null || file.isEmpty()) {
			model.addAttribute("error", "Choose a statement file: none was sent, or it is empty.");
			return listPage(user, accountId, model);
		}
		try {
			ImportPreview preview = imports.upload(user.id(), accountId, String.valueOf(file.getOriginalFilename()),
					file.getBytes(), null);
			return "redirect:/imports/" + preview.id();
		}
		catch (InvalidInputException ex) {
			model.addAttribute("error", ex.messagesInOneLine());
			return listPage(user, accountId, model);
		}
	}

	@GetMapping("/imports/{id}")
	String show(CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
		ImportCommits.Progress progress = commits.progress(user.id(), id).orElse(null);
		ImportService.Standing standing = imports.standing(user.id(), id);
		if (standing.done() != null || standing.committing() || (progress != null && !progress.finished())) {
			return committing(user, id, progress, standing, model);
		}
		if (progress != null && progress.stage() == ImportCommits.Stage.FAILED) {
			model.addAttribute("error", progress.failure());
		}
		return previewPage(user, imports.get(user.id(), id), page, null, model);
	}

	/**
	 * Includes the row or leaves it out: htmx swaps the row and the count on the button.
	 */
	@PostMapping("/imports/{id}/rows/{position}")
	String choose(CurrentUser user, @PathVariable UUID id, @PathVariable int position,
			@RequestParam(defaultValue = "false") boolean included, Model model) {
		ImportPreview preview = imports.choose(user.id(), id, position, included);
		AccountView account = accounts.get(user.id(), preview.accountId());
		model.addAttribute("preview", preview);
		model.addAttribute("line", line(preview.rows().get(position), account, categoryNames(user)));
		return "imports/preview :: chosen";
	}

	@PostMapping("/imports/{id}/mapping")
	String remap(CurrentUser user, @PathVariable UUID id, @ModelAttribute("mapping") MappingForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			model.addAttribute("mappingError",
					"Columns and lines are numbers: "
							+ String.join(", ", binding.getFieldErrors().stream().map((e) -> e.getField()).toList())
							+ " is not one.");
			return previewPage(user, imports.get(user.id(), id), 0, form, model);
		}
		try {
			imports.remap(user.id(), id, form.toMapping());
		}
		catch (InvalidInputException ex) {
			model.addAttribute("mappingError", ex.messagesInOneLine());
			return previewPage(user, imports.get(user.id(), id), 0, form, model);
		}
		redirect.addFlashAttribute("success", "The file was read again with your columns.");
		return "redirect:/imports/" + id;
	}

	/** Starts the commit in the background; the page then shows its progress. */
	@PostMapping("/imports/{id}/commit")
	String commit(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			commits.start(user.id(), id);
		}
		catch (RefusedException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/imports/" + id;
	}

	/** How far the commit got: polled by the page until it is done. */
	@GetMapping("/imports/{id}/progress")
	String progress(CurrentUser user, @PathVariable UUID id, Model model) {
		ImportCommits.Progress progress = commits.progress(user.id(), id).orElse(null);
		ImportService.Standing standing = imports.standing(user.id(), id);
		model.addAttribute("account", accounts.get(user.id(), standing.accountId()));
		model.addAttribute("id", id);
		model.addAttribute("progress", progress);
		model.addAttribute("standing", standing);
		return "imports/committing :: progress";
	}

	/** Drops a preview, or undoes a committed import. */
	@PostMapping("/imports/{id}/discard")
	String discard(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		ImportCommits.Progress progress = commits.progress(user.id(), id).orElse(null);
		if (progress != null && !progress.finished()) {
			redirect.addFlashAttribute("error", "Wait until the import is committed, then undo it.");
			return "redirect:/imports/" + id;
		}
		boolean committed = imports.standing(user.id(), id).done() != null;
		int removed = imports.discard(user.id(), id);
		commits.forget(user.id(), id);
		redirect.addFlashAttribute("success",
				committed
						? "Undone: " + removed + ((removed == 1) ? " transaction was" : " transactions were")
								+ " removed and the balance moved back."
						: "The preview was dropped; nothing was booked.");
		return "redirect:/imports";
	}

	private String listPage(CurrentUser user, @Nullable UUID accountId, Model model) {
		model.addAttribute("accounts", accounts.list(user.id()));
		model.addAttribute("accountId", accountId);
		model.addAttribute("imports", imports.latest(user.id()));
		model.addAttribute("maxMegabytes", ImportService.MAX_BYTES / (1024 * 1024));
		model.addAttribute("maxBytes", ImportService.MAX_BYTES);
		return "imports/list";
	}

	private String committing(CurrentUser user, UUID id, ImportCommits.@Nullable Progress progress,
			ImportService.Standing standing, Model model) {
		model.addAttribute("account", accounts.get(user.id(), standing.accountId()));
		model.addAttribute("id", id);
		model.addAttribute("progress", progress);
		model.addAttribute("standing", standing);
		return "imports/committing";
	}

	private String previewPage(CurrentUser user, ImportPreview preview, int page, @Nullable MappingForm form,
			Model model) {
		AccountView account = accounts.get(user.id(), preview.accountId());
		Map<String, String> names = categoryNames(user);
		int pages = Math.max(1, (preview.rows().size() + PAGE - 1) / PAGE);
		int shown = Math.max(0, Math.min(page, pages - 1));
		List<RowLine> lines = preview.rows()
			.subList(shown * PAGE, Math.min(preview.rows().size(), (shown + 1) * PAGE))
			.stream()
			.map((row) -> line(row, account, names))
			.toList();
		model.addAttribute("preview", preview);
		model.addAttribute("account", account);
		model.addAttribute("lines", lines);
		model.addAttribute("page", shown);
		model.addAttribute("pages", pages);
		model.addAttribute("pageSize", PAGE);
		CsvMapping mapping = preview.mapping();
		if (mapping != null) {
			List<List<String>> sample = imports.firstLines(user.id(), preview.id(), SAMPLE);
			model.addAttribute("sample", sample);
			model.addAttribute("columns", columns(sample, mapping));
			model.addAttribute("mapping", (form != null) ? form : MappingForm.of(mapping));
			model.addAttribute("signs", CsvMapping.Sign.values());
		}
		return "imports/preview";
	}

	private Map<String, String> categoryNames(CurrentUser user) {
		Map<String, String> names = new HashMap<>();
		for (CategoryView category : categories.list(user.id())) {
			names.put(category.key(), category.name());
		}
		accounts.names(user.id()).forEach((id, name) -> names.put(TRANSFER + id, "Transfer with " + name));
		return names;
	}

	private static RowLine line(ImportPreview.Row row, AccountView account, Map<String, String> names) {
		String name = (row.transferAccountId() != null) ? names.get(TRANSFER + row.transferAccountId())
				: (row.category() != null) ? names.getOrDefault(row.category(), row.category()) : null;
		return new RowLine(row, Money.of(row.amount(), account.currency()), name);
	}

	/**
	 * The file's columns, named by the header line if it has one, else by the first row.
	 */
	private static List<Column> columns(List<List<String>> sample, CsvMapping mapping) {
		int width = sample.stream().mapToInt(List::size).max().orElse(0);
		int named = Math.min(mapping.preambleLines(), Math.max(0, sample.size() - 1));
		List<String> names = sample.isEmpty() ? List.of() : sample.get(named);
		List<Column> columns = new ArrayList<>(width);
		for (int i = 0; i < width; i++) {
			String name = (i < names.size()) ? names.get(i).strip() : "";
			if (name.length() > 24) {
				name = name.substring(0, 23) + "…";
			}
			columns.add(new Column(i, name.isEmpty() ? String.valueOf(i) : i + ": " + name));
		}
		return columns;
	}

}
