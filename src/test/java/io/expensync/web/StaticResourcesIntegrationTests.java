package io.expensync.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Every stylesheet, script and icon a page links to is served from its own path, web jars
 * by their version-less names too, while links to pages are left as written.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StaticResourcesIntegrationTests {

	static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:webjars|css|js)/[^\"]+|/[^/\"]+\\.svg)\"");

	@Autowired
	MockMvcTester mvc;

	@Test
	void everyAssetALinkedPageNamesIsServed() throws Exception {
		MvcTestResult page = mvc.get().uri("/login").exchange();
		assertThat(page).hasStatusOk();
		String html = page.getResponse().getContentAsString();
		List<String> assets = new ArrayList<>();
		Matcher matcher = ASSET.matcher(html);
		while (matcher.find()) {
			assets.add(matcher.group(1));
		}
		assertThat(assets).as("the layout's stylesheets, scripts and icon")
			.anyMatch((path) -> path.startsWith("/webjars/bootstrap/"))
			.anyMatch((path) -> path.startsWith("/css/"))
			.anyMatch((path) -> path.startsWith("/js/"))
			.anyMatch((path) -> path.endsWith(".svg"));
		for (String asset : assets) {
			MvcTestResult served = mvc.get().uri(asset).exchange();
			assertThat(served).as(asset).hasStatusOk();
			assertThat(served.getResponse().getContentAsByteArray()).as(asset).isNotEmpty();
		}
		assertThat(html).as("a link to a page is not taken for a file").contains("href=\"/password/forgot\"");
	}

	@Test
	void webJarsAnswerByTheirVersionLessNameAndNothingElseOfTheClassPathIsServed() {
		assertThat(mvc.get().uri("/webjars/htmx.org/dist/htmx.min.js").exchange()).hasStatusOk()
			.bodyText()
			.contains("htmx");
		assertThat(mvc.get().uri("/css/app.css").exchange()).hasStatusOk().hasContentType("text/css");
		assertThat(mvc.get().uri("/application.properties").exchange().getResponse().getStatus()).isNotEqualTo(200);
		assertThat(mvc.get().uri("/css/../application.properties").exchange().getResponse().getStatus())
			.isNotEqualTo(200);
	}

}
