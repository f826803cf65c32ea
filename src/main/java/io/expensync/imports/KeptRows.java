package io.expensync.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.expensync.imports.formats.StatementRow;
import io.expensync.imports.formats.csv.CsvMapping;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The rows of the latest previews as their upload read them, with the categories picked,
 * so that showing a preview again and committing it need not read and file the whole
 * statement once more. Only a shortcut: what is not kept here (another node read it, it
 * was pushed out by newer previews, the app restarted, the mapping changed since) is read
 * again from the stored file. At most {@value #MAX_ROWS} rows are kept in all, the least
 * recently used previews going first.
 */
@Component
class KeptRows {

	static final int MAX_ROWS = 250_000;

	/**
	 * A statement as read for an import.
	 *
	 * @param mapping the CSV mapping it was read with; null for the other formats
	 * @param rows the rows to book, in the file's order
	 * @param warnings what reading left out or changed, each naming its line
	 * @param categories the category key picked for each row, by position; null where the
	 * user has no category of the row's type
	 */
	record Kept(@Nullable CsvMapping mapping, List<StatementRow> rows, List<String> warnings,
			List<@Nullable String> categories) {

		Kept {
			rows = List.copyOf(rows);
			warnings = List.copyOf(warnings);
			// may hold nulls: List.copyOf would refuse them
			categories = Collections.unmodifiableList(new ArrayList<>(categories));
		}

	}

	private final Map<UUID, Kept> kept = new LinkedHashMap<>(16, 0.75f, true);

	private int rows;

	/** Keeps the rows an import was just read into, in place of any kept before. */
	synchronized void keep(UUID importId, Kept read) {
		forget(importId);
		if (read.rows().size() > MAX_ROWS) {
			return;
		}
		kept.put(importId, read);
		rows += read.rows().size();
		Iterator<Map.Entry<UUID, Kept>> oldest = kept.entrySet().iterator();
		while (rows > MAX_ROWS && oldest.hasNext()) {
			rows -= oldest.next().getValue().rows().size();
			oldest.remove();
		}
	}

	/** The rows kept for the import, if they were read with this mapping. */
	synchronized Optional<Kept> get(UUID importId, @Nullable CsvMapping mapping) {
		Kept read = kept.get(importId);
		return (read != null && Objects.equals(read.mapping(), mapping)) ? Optional.of(read) : Optional.empty();
	}

	synchronized void forget(UUID importId) {
		Kept read = kept.remove(importId);
		if (read != null) {
			rows -= read.rows().size();
		}
	}

}
