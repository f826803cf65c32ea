package io.expensync;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An OpenAI-compatible chat completions endpoint on 127.0.0.1 standing in for an AI
 * provider (the receipts' reader, the reports' phrasing): it records each request and
 * answers with the content it was given, an error status, or after a delay.
 */
public final class StubChatServer implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final ExecutorService threads = Executors.newCachedThreadPool();

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	private volatile int status = 200;

	private volatile String body = "";

	private volatile Duration delay = Duration.ZERO;

	private StubChatServer(HttpServer server) {
		this.server = server;
	}

	public static StubChatServer start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			StubChatServer stub = new StubChatServer(server);
			server.createContext("/", stub::handle);
			server.setExecutor(stub.threads);
			server.start();
			return stub;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The endpoint as configured for Ollama: {@code http://127.0.0.1:port/v1}. */
	public String baseUrl() {
		return "http://127.0.0.1:%d/v1".formatted(server.getAddress().getPort());
	}

	public String url(String path) {
		return "http://127.0.0.1:%d%s".formatted(server.getAddress().getPort(), path);
	}

	/** Answers the next requests at once with a completion whose message is this. */
	public StubChatServer answer(String content) {
		ObjectNode completion = JSON.createObjectNode()
			.put("id", "chatcmpl-stub")
			.put("object", "chat.completion")
			.put("created", 1_760_000_000L)
			.put("model", "stub");
		ObjectNode choice = completion.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
		choice.putObject("message").put("role", "assistant").put("content", content);
		completion.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 10).put("total_tokens", 20);
		this.status = 200;
		this.body = JSON.writeValueAsString(completion);
		this.delay = Duration.ZERO;
		return this;
	}

	/** Answers the next requests with this status and an OpenAI-style error. */
	public StubChatServer fail(int status, String message) {
		ObjectNode error = JSON.createObjectNode();
		error.putObject("error").put("message", message).put("type", "server_error");
		this.status = status;
		this.body = JSON.writeValueAsString(error);
		return this;
	}

	/** Waits this long before each answer. */
	public StubChatServer after(Duration delay) {
		this.delay = delay;
		return this;
	}

	public List<Request> requests() {
		return requests;
	}

	public Request lastRequest() {
		return requests.get(requests.size() - 1);
	}

	public void reset() {
		requests.clear();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String sent = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
					exchange.getRequestHeaders().getFirst("Authorization"), JSON.readTree(sent)));
			Thread.sleep(delay.toMillis());
			byte[] answer = body.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(status, answer.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(answer);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (IOException ex) {
			// the client gave up waiting
		}
	}

	@Override
	public void close() {
		server.stop(0);
		threads.shutdownNow();
	}

	/** One request as the stub received it. */
	public record Request(String method, String path, String authorization, JsonNode body) {

		/** The text parts of the first message. */
		public String prompt() {
			StringBuilder text = new StringBuilder();
			JsonNode content = body.get("messages").get(0).get("content");
			if (content.isString()) {
				return content.stringValue();
			}
			for (JsonNode part : content.values()) {
				if ("text".equals(part.path("type").asString())) {
					text.append(part.get("text").stringValue());
				}
			}
			return text.toString();
		}

		/** The text of all messages, a line each. */
		public String messages() {
			StringBuilder text = new StringBuilder();
			for (JsonNode message : body.get("messages").values()) {
				JsonNode content = message.get("content");
				text.append(content.isString() ? content.stringValue() : content.toString()).append('\n');
			}
			return text.toString();
		}

		/** The URL of the first image part of the first message. */
		public String imageUrl() {
			for (JsonNode part : body.get("messages").get(0).get("content").values()) {
				if ("image_url".equals(part.path("type").asString())) {
					return part.get("image_url").get("url").stringValue();
				}
			}
			throw new AssertionError("no image in " + body);
		}

	}

}
