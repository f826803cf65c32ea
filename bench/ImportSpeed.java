import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bank-statement import speed: a generated 100,000-row CSV statement uploaded through
 * ExpenSync's API, previewed and committed, against PostgreSQL's own COPY of the same rows
 * into the same table in the same run. The last line it prints is the summary that
 * bench/imports promises: {@code import_rows_per_s=… copy_rows_per_s=… import_ratio=…}.
 *
 * <p>
 * Usage: {@code java bench/ImportSpeed.java <base-url> <database> [rows]}; psql finds the
 * server through PGHOST, PGPORT and PGUSER. Sign-up and accounts use PageLatency's Api.
 */
public class ImportSpeed {

	static final String EMAIL = "import-bench@example.org";

	static final String PASSWORD = "bench-password-123";

	static final String[] SHOPS = { "Lidl", "Rewe", "Aldi Sued", "Shell", "Deutsche Bahn", "Amazon", "Spotify",
			"Stadtwerke", "Apotheke am Markt", "Cafe Central", "Edeka", "dm Drogerie", "Ikea", "Zalando" };

	public static void main(String[] args) throws Exception {
		URI base = URI.create(args[0]);
		PageLatency.Psql psql = new PageLatency.Psql(args[1]);
		int rows = (args.length > 2) ? Integer.parseInt(args[2]) : 100_000;
		PageLatency.Api api = new PageLatency.Api(base, EMAIL, PASSWORD);
		UUID userId = api.signUp("Import Bench");
		String basic = Base64.getEncoder()
			.encodeToString((EMAIL + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

		// warm up the app's code paths on a small statement of its own account
		UUID warmAccount = api.createAccount("Warm-up", "CURRENT");
		importStatement(http, base, basic, warmAccount, statement(2_000, 7L));

		byte[] csv = statement(rows, 20261203L);
		UUID account = api.createAccount("Giro", "CURRENT");
		long start = System.nanoTime();
		long[] phases = importStatement(http, base, basic, account, csv);
		double importSeconds = (System.nanoTime() - start) / 1e9;

		UUID copyAccount = api.createAccount("Copied", "CURRENT");
		Path copyFile = Files.createTempFile("expensync-import-bench-", ".csv");
		try {
			writeCopyRows(copyFile, csv, userId, copyAccount);
			long psqlStart = System.nanoTime();
			psql.run("SELECT 1");
			long psqlAlone = System.nanoTime() - psqlStart;
			long copyStart = System.nanoTime();
			psql.run("\\copy transactions (id, user_id, account_id, type, amount, currency, booked_on, description, "
					+ "category_key, created_at, updated_at, version) FROM '" + copyFile + "' WITH (FORMAT csv)");
			double copySeconds = (System.nanoTime() - copyStart - psqlAlone) / 1e9;
			double importRate = rows / importSeconds;
			double copyRate = rows / copySeconds;
			System.out.printf(Locale.ROOT, "rows=%d file_bytes=%d upload_s=%.2f commit_s=%.2f import_s=%.2f copy_s=%.2f%n",
					rows, csv.length, phases[0] / 1e9, phases[1] / 1e9, importSeconds, copySeconds);
			System.out.printf(Locale.ROOT, "import_rows_per_s=%.0f copy_rows_per_s=%.0f import_ratio=%.2f%n",
					importRate, copyRate, importRate / copyRate);
		}
		finally {
			Files.deleteIfExists(copyFile);
		}
	}

	/** Uploads, then commits: the nanoseconds each took. */
	static long[] importStatement(HttpClient http, URI base, String basic, UUID account, byte[] csv)
			throws IOException, InterruptedException {
		String boundary = "bench" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"accountId\"\r\n\r\n" + account
				+ "\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"statement.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		long start = System.nanoTime();
		HttpResponse<String> preview = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/imports"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(head, csv, tail)))
			.build(), HttpResponse.BodyHandlers.ofString());
		long uploaded = System.nanoTime();
		if (preview.statusCode() != 201) {
			throw new IllegalStateException("upload answered " + preview.statusCode() + ": "
					+ preview.body().substring(0, Math.min(500, preview.body().length())));
		}
		Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(preview.body());
		id.find();
		HttpResponse<String> commit = http.send(
				HttpRequest.newBuilder(base.resolve("/api/v1/imports/" + id.group(1) + "/commit"))
					.header("Authorization", "Basic " + basic)
					.POST(HttpRequest.BodyPublishers.noBody())
					.build(),
				HttpResponse.BodyHandlers.ofString());
		long committed = System.nanoTime();
		if (commit.statusCode() != 200 || !commit.body().contains("\"imported\"")) {
			throw new IllegalStateException("commit answered " + commit.statusCode() + ": " + commit.body());
		}
		return new long[] { uploaded - start, committed - uploaded };
	}

	/** A bank's CSV export: date, text, signed amount; a salary each month among the spending. */
	static byte[] statement(int rows, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		StringBuilder csv = new StringBuilder(rows * 48).append("Date,Description,Amount\n");
		LocalDate day = LocalDate.of(2020, 1, 1);
		for (int i = 0; i < rows; i++) {
			if (random.nextInt(40) == 0) {
				day = day.plusDays(1);
			}
			boolean salary = random.nextInt(60) == 0;
			String text = salary ? "Salary ACME GmbH" : "Card payment " + SHOPS[random.nextInt(SHOPS.length)] + " "
					+ random.nextInt(100_000);
			long cents = salary ? 250_000 + random.nextInt(50_000) : -(100 + random.nextInt(20_000));
			csv.append(day).append(',').append(text).append(',').append(BigDecimal.valueOf(cents, 2)).append('\n');
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** The same rows as transactions rows for COPY, as the app would book them. */
	static void writeCopyRows(Path file, byte[] statement, UUID userId, UUID account) throws IOException {
		String now = Instant.now().toString();
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			String[] lines = new String(statement, StandardCharsets.UTF_8).split("\n");
			for (int i = 1; i < lines.length; i++) {
				String[] field = lines[i].split(",");
				boolean out_ = field[2].startsWith("-");
				out.write(String.join(",", UUID.randomUUID().toString(), userId.toString(), account.toString(),
						out_ ? "EXPENSE" : "INCOME", field[2].replace("-", ""), "EUR", field[0],
						PageLatency.Psql.quoted(field[1]), out_ ? "other-expense" : "other-income", now, now, "0"));
				out.write('\n');
			}
		}
	}

}
