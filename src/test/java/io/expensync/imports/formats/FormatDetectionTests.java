package io.expensync.imports.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each real bank export's format, found from its content alone (its folder says which).
 */
class FormatDetectionTests {

	static Stream<String> everyBankFile() throws IOException {
		Path folder = Path.of(System.getenv().getOrDefault("EXPENSYNC_BANK_FILES_DIR", "../shared/data/bank-files"));
		if (!Files.isDirectory(folder)) {
			return Stream.of("ofx/ofxparse-checking.ofx");
		}
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile)
				.map((file) -> folder.relativize(file).toString())
				.filter((name) -> name.contains("/"))
				.sorted()
				.toList()
				.stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyBankFile")
	void eachFileIsRecognisedByItsContent(String name) {
		String text = StatementText.decode(BankFiles.bytes(name)).text();
		String folder = name.substring(0, name.indexOf('/'));
		assertThat(FormatDetection.detect(text).name().toLowerCase()).isEqualTo(folder);
	}

	@Test
	void aCsvThatMentionsXmlOrOfxInItsRowsIsStillCsv() {
		assertThat(FormatDetection.detect("Date,Description,Amount\n2024-01-02,<OFX> refund,3.00\n"))
			.isEqualTo(FileFormat.CSV);
	}

	@Test
	void anXmlDocumentOfAnotherKindIsRefusedByName() {
		String pain = "<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\">";
		assertThatThrownBy(() -> FormatDetection.detect(pain)).isInstanceOf(BadFileException.class)
			.hasMessageContaining("it is a pain.001 document");
	}

	@Test
	void anEmptyFileIsRefused() {
		assertThatThrownBy(() -> FormatDetection.detect(" \r\n")).hasMessage("The file is empty.");
	}

}
