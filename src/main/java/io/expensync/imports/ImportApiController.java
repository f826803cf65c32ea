package io.expensync.imports;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.expensync.imports.ImportService.Committed;
import io.expensync.imports.formats.FileFormat;
import io.expensync.imports.formats.csv.CsvMapping;
import io.expensync.users.CurrentUser;
import io.expensync.web.InvalidFieldException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/imports}: upload a statement for a preview, correct its CSV mapping,
 * include or leave out rows, commit it, and drop a preview or undo a committed import.
 */
@RestController
@RequestMapping("/api/v1/imports")
class ImportApiController {

	/** How many rows an answer shows when the request does not say. */
	static final int ROWS_LIMIT = 1000;

	/**
	 * An import as the API shows it; amounts are signed decimal strings.
	 *
	 * @param rowCount how many rows the preview has in all
	 * @param rows the rows asked for: from {@code rowsFrom}, at most {@code rowsLimit}
	 */
	record ImportResponse(UUID id, UUID accountId, String fileName, FileFormat format, String encoding,
			@Nullable CsvMapping mapping, boolean committed, int rowCount, List<RowResponse> rows,
			List<String> warnings) {

		static ImportResponse of(ImportPreview preview, Page page) {
			List<ImportPreview.Row> rows = preview.rows();
			int from = Math.min(page.from(), rows.size());
			int to = (int) Math.min(rows.size(), (long) from + page.limit());
			return new ImportResponse(preview.id(), preview.accountId(), preview.fileName(), preview.format(),
					preview.encoding(), preview.mapping(), preview.committed(), rows.size(),
					rows.subList(from, to).stream().map(RowResponse::of).toList(), preview.warnings());
		}

	}

	/**
	 * Which of a preview's rows an answer shows: a big statement's are read a page at a
	 * time.
	 */
	record Page(int from, int limit) {

		static Page of(@Nullable Integer from, @Nullable Integer limit) {
			if (from != null && from < 0) {
				throw new InvalidFieldException("rowsFrom", "Rows are counted from 0: rowsFrom cannot be negative.");
			}
			if (limit != null && limit < 0) {
				throw new InvalidFieldException("rowsLimit", "Ask for 0 rows or more: rowsLimit cannot be negative.");
			}
			return new Page((from != null) ? from : 0, (limit != null) ? limit : ROWS_LIMIT);
		}

	}

	record RowResponse(int position, int line, LocalDate date, String amount, String description,
			@Nullable String merchant, @Nullable String category, @Nullable UUID transferAccountId, boolean duplicate,
			boolean included) {

		static RowResponse of(ImportPreview.Row row) {
			return new RowResponse(row.position(), row.line(), row.date(), row.amount().toPlainString(),
					row.description(), row.merchant(), row.category(), row.transferAccountId(), row.duplicate(),
					row.included());
		}

	}

	/** Whether one row of the preview is booked. */
	record Choice(@Nullable Boolean included) {
	}

	private final ImportService imports;

	private final JsonMapper json;

	ImportApiController(ImportService imports, JsonMapper json) {
		this.imports = imports;
		this.json = json;
	}

	@GetMapping
	List<ImportSummary> list(CurrentUser user) {
		return imports.latest(user.id());
	}

	@PostMapping
	ResponseEntity<ImportResponse> upload(CurrentUser user, @RequestParam("file") @Nullable MultipartFile file,
			@RequestParam UUID accountId, @RequestParam(required = false) @Nullable String mapping,
			@RequestParam(required = false) @Nullable Integer rowsFrom,
			@RequestParam(required = false) @Nullable Integer rowsLimit) throws IOException {
		Page page = Page.of(rowsFrom, rowsLimit);
		if (file == null) {
			throw new InvalidFieldException("file", "Choose a statement file to upload.");
		}
		ImportPreview preview = imports.upload(user.id(), accountId, String.valueOf(file.getOriginalFilename()),
				file.getBytes(), (mapping != null && !mapping.isBlank()) ? mapping(mapping) : null);
		return ResponseEntity.created(URI.create("/api/v1/imports/" + preview.id()))
			.body(ImportResponse.of(preview, page));
	}

	@GetMapping("/{id}")
	ImportResponse get(CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable Integer rowsFrom,
			@RequestParam(required = false) @Nullable Integer rowsLimit) {
		Page page = Page.of(rowsFrom, rowsLimit);
		return ImportResponse.of(imports.get(user.id(), id), page);
	}

	@PutMapping("/{id}/mapping")
	ImportResponse remap(CurrentUser user, @PathVariable UUID id, @RequestBody String mapping,
			@RequestParam(required = false) @Nullable Integer rowsFrom,
			@RequestParam(required = false) @Nullable Integer rowsLimit) {
		Page page = Page.of(rowsFrom, rowsLimit);
		return ImportResponse.of(imports.remap(user.id(), id, mapping(mapping)), page);
	}

	@PutMapping("/{id}/rows/{position}")
	ImportResponse choose(CurrentUser user, @PathVariable UUID id, @PathVariable int position,
			@RequestBody Choice choice, @RequestParam(required = false) @Nullable Integer rowsFrom,
			@RequestParam(required = false) @Nullable Integer rowsLimit) {
		Page page = Page.of(rowsFrom, rowsLimit);
		if (choice.included() == null) {
			throw new InvalidFieldException("included", "Say whether the row is included: true or false.");
		}
		return ImportResponse.of(imports.choose(user.id(), id, position, choice.included()), page);
	}

	@PostMapping("/{id}/commit")
	Committed commit(CurrentUser user, @PathVariable UUID id) {
		return imports.commit(user.id(), id);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> discard(CurrentUser user, @PathVariable UUID id) {
		imports.discard(user.id(), id);
		return ResponseEntity.noContent().build();
	}

	/** A mapping sent as JSON, its own rules checked as it is built. */
	private CsvMapping mapping(String text) {
		CsvMapping mapping;
		try {
			mapping = json.readValue(text, CsvMapping.class);
		}
		catch (JacksonException ex) {
			Throwable cause = ex.getCause();
			throw new InvalidFieldException("mapping", (cause instanceof IllegalArgumentException)
					? "The mapping is not possible: " + cause.getMessage() + "."
					: "The mapping is not a CSV mapping as the preview shows it (JSON with delimiter, dateColumn,"
							+ " datePattern, amountColumn and so on).");
		}
		if (mapping == null) {
			throw new InvalidFieldException("mapping", "Send the mapping: it is missing.");
		}
		return mapping;
	}

}
