package io.expensync.rates;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Fetches the ECB's reference rates and stores the days not stored yet. The feed is read
 * before any database connection is taken, so a slow feed holds none.
 */
@Component
@EnableConfigurationProperties(RatesProperties.class)
class EcbRates {

	/** The 90-day file is about 50 kB; nothing near this size is a rate file. */
	static final int MAX_BYTES = 5 * 1024 * 1024;

	private final RatesProperties properties;

	private final ReferenceRates store;

	private final RestClient http;

	EcbRates(RatesProperties properties, ReferenceRates store) {
		this.properties = properties;
		this.store = store;
		SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
		requests.setConnectTimeout(properties.timeout());
		requests.setReadTimeout(properties.timeout());
		this.http = RestClient.builder().requestFactory(requests).build();
	}

	/** Where the rates are fetched from. */
	URI url() {
		return properties.ecbUrl();
	}

	/**
	 * Fetches the feed and stores the new days.
	 * @return how many rates were stored (0 when the feed held no new day)
	 * @throws IOException when the feed cannot be fetched or read
	 */
	int update() throws IOException {
		return store.store(parsed(fetch(url())));
	}

	private byte[] fetch(URI url) throws IOException {
		try {
			return http.get()
				.uri(url)
				.accept(MediaType.APPLICATION_XML, MediaType.TEXT_XML)
				.exchange((request, response) -> {
					if (response.getStatusCode().value() != 200) {
						throw new IOException("The ECB feed answered HTTP " + response.getStatusCode().value());
					}
					try (InputStream body = response.getBody()) {
						byte[] file = body.readNBytes(MAX_BYTES + 1);
						if (file.length > MAX_BYTES) {
							throw new IOException("The ECB feed is larger than " + MAX_BYTES + " bytes");
						}
						return file;
					}
				});
		}
		catch (RestClientException ex) {
			throw new IOException("The ECB feed could not be fetched: " + ex.getMessage(), ex);
		}
	}

	private static List<EcbFeed.Day> parsed(byte[] file) throws IOException {
		try {
			return EcbFeed.parse(file);
		}
		catch (EcbFeed.UnreadableFeedException ex) {
			throw new IOException(ex.getMessage(), ex);
		}
	}

}
