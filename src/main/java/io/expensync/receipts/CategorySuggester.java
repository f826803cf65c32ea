package io.expensync.receipts;

import java.util.List;
import java.util.Optional;

import io.expensync.receipts.extraction.ExtractedField;
import io.expensync.receipts.extraction.LineItem;
import org.jspecify.annotations.Nullable;

/**
 * Suggests a category key (one of the default categories, e.g. {@code groceries}) for a
 * receipt. The built-in one goes by keywords in the merchant's name and the items; one
 * that learns from the user's own past categorisation of this merchant can be asked first
 * and fall back to it.
 */
public interface CategorySuggester {

	Optional<ExtractedField<String>> suggest(@Nullable String merchant, List<LineItem> items);

}
