package io.expensync.receipts;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import io.expensync.users.CurrentUser;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploading a receipt and asking how its scan goes, from the transaction form (under
 * {@code /receipts}, with the session) and from the API ({@code /api/v1/receipts}): the
 * same JSON both ways, and problem details when a file is refused. {@code …/file} shows
 * the receipt itself.
 */
@RestController
class ReceiptController {

	private final ReceiptUploads uploads;

	ReceiptController(ReceiptUploads uploads) {
		this.uploads = uploads;
	}

	@PostMapping(path = { "/receipts", "/api/v1/receipts" }, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ReceiptView> upload(CurrentUser user, @RequestParam("file") @Nullable MultipartFile file)
			throws IOException {
		if (file == null || file.isEmpty()) {
			throw new ReceiptRejectedException("Choose a receipt to upload: the file is empty or missing.");
		}
		ReceiptView receipt = uploads.upload(user.id(), file.getOriginalFilename(), file.getBytes());
		return ResponseEntity.created(URI.create("/api/v1/receipts/" + receipt.id())).body(receipt);
	}

	@GetMapping({ "/receipts/{id}", "/api/v1/receipts/{id}" })
	ReceiptView get(CurrentUser user, @PathVariable UUID id) {
		return uploads.get(user.id(), id);
	}

	@GetMapping({ "/receipts/{id}/file", "/api/v1/receipts/{id}/file" })
	ResponseEntity<byte[]> file(CurrentUser user, @PathVariable UUID id) {
		ReceiptUploads.ReceiptFile file = uploads.file(user.id(), id);
		// an uploaded file is not the app's own: an image is shown, but in a sandbox (no
		// script, no access to the app's origin); a PDF, which can carry script and
		// forms,
		// is downloaded rather than opened on the app's origin
		boolean image = file.receipt().contentType().startsWith("image/");
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.receipt().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					(image ? ContentDisposition.inline() : ContentDisposition.attachment())
						.filename(file.receipt().fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'")
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
			.body(file.content());
	}

	@ExceptionHandler
	ProblemDetail rejected(ReceiptRejectedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Receipt refused");
		return problem;
	}

}
