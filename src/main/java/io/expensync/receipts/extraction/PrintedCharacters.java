package io.expensync.receipts.extraction;

/**
 * What a printed line is made of: letters (and how many of them are capitals), digits and
 * other marks, spaces not counted. What both ways of finding the merchant look at first.
 *
 * @param letters the letters
 * @param capitals the capital letters among them
 * @param digits the digits
 * @param others everything else but spaces
 */
record PrintedCharacters(int letters, int capitals, int digits, int others) {

	static PrintedCharacters of(String line) {
		int letters = 0;
		int capitals = 0;
		int digits = 0;
		int others = 0;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (Character.isLetter(c)) {
				letters++;
				capitals += Character.isUpperCase(c) ? 1 : 0;
			}
			else if (Character.isDigit(c)) {
				digits++;
			}
			else if (!Character.isWhitespace(c)) {
				others++;
			}
		}
		return new PrintedCharacters(letters, capitals, digits, others);
	}

	/** The share of the letters that are capitals; 0 without letters. */
	double capitalShare() {
		return (this.letters > 0) ? (double) this.capitals / this.letters : 0;
	}

	/** Every character but spaces, at least 1. */
	int printed() {
		return Math.max(1, this.letters + this.digits + this.others);
	}

}
