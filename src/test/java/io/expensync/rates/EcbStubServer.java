package io.expensync.rates;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The ECB's rate file served on 127.0.0.1 for the job's tests (never the internet): the
 * body and status it was given, counting the requests.
 */
final class EcbStubServer implements AutoCloseable {

	private final HttpServer server;

	private final ExecutorService threads = Executors.newSingleThreadExecutor();

	private final AtomicInteger requests = new AtomicInteger();

	private volatile int status = 200;

	private volatile String body = "";

	private EcbStubServer(HttpServer server) {
		this.server = server;
	}

	static EcbStubServer start() throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		EcbStubServer stub = new EcbStubServer(server);
		server.createContext("/", stub::handle);
		server.setExecutor(stub.threads);
		server.start();
		return stub;
	}

	URI url() {
		return URI.create(
				"http://127.0.0.1:%d/stats/eurofxref/eurofxref-hist-90d.xml".formatted(server.getAddress().getPort()));
	}

	EcbStubServer serve(int status, String body) {
		this.status = status;
		this.body = body;
		return this;
	}

	int requests() {
		return requests.get();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			requests.incrementAndGet();
			byte[] answer = body.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "text/xml");
			exchange.sendResponseHeaders(status, (answer.length == 0) ? -1 : answer.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(answer);
			}
		}
	}

	@Override
	public void close() {
		server.stop(0);
		threads.shutdownNow();
	}

}
