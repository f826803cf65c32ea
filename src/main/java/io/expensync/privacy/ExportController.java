package io.expensync.privacy;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import io.expensync.users.CurrentUser;
import io.expensync.web.InvalidFieldException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/me/export} and, for the profile page's button,
 * {@code GET /profile/export}: the user's data as a JSON file, or with {@code format=zip}
 * as a ZIP with the receipt files. Written straight to the response as it is read, on the
 * request's thread (an asynchronous response would time out on a big ledger).
 */
@RestController
class ExportController {

	private final DataExport data;

	private final ZipExport zip;

	ExportController(DataExport data, ZipExport zip) {
		this.data = data;
		this.zip = zip;
	}

	@GetMapping({ "/api/v1/me/export", "/profile/export" })
	void export(CurrentUser user, @RequestParam(defaultValue = "json") String format, HttpServletResponse response)
			throws IOException {
		boolean zipped = switch (format) {
			case "json" -> false;
			case "zip" -> true;
			default -> throw new InvalidFieldException("format", "The format is json or zip");
		};
		String fileName = data.fileName(user) + (zipped ? ".zip" : ".json");
		response.setContentType(zipped ? "application/zip" : MediaType.APPLICATION_JSON_VALUE + ";charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		if (zipped) {
			zip.write(user, response.getOutputStream());
		}
		else {
			data.write(user, response.getOutputStream());
		}
	}

}
