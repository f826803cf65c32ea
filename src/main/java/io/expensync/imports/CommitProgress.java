package io.expensync.imports;

/**
 * Told by {@link ImportService#commit(java.util.UUID, java.util.UUID, CommitProgress)} as
 * committing goes from one step to the next, for a progress bar.
 */
@FunctionalInterface
public interface CommitProgress {

	/** Tells nobody. */
	CommitProgress NONE = (step, rows) -> {
	};

	/** The steps of a commit, in order. */
	enum Step {

		/** Reading the stored file again. */
		READING,

		/** Finding the rows the account already holds, as it is now. */
		CHECKING_DUPLICATES,

		/** Writing the included rows and the balance. */
		BOOKING

	}

	/**
	 * @param step the step that starts
	 * @param rows the rows it works on: the file's rows, or the rows being booked
	 */
	void at(Step step, int rows);

}
