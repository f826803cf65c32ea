package io.expensync.receipts.ai;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An OpenAI-compatible chat completions endpoint on 127.0.0.1 for tests: it records each
 * request and answers with the content it was given (or an error status).
 */
final class StubChatServer implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	private volatile int status = 200;

	private volatile String body = "";

	private StubChatServer(HttpServer server) {
		this.server = server;
	}

	static StubChatServer start() throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		StubChatServer stub = new StubChatServer(server);
		server.createContext("/", stub::handle);
		server.start();
		return stub;
	}

	/** The endpoint as configured for Ollama: {@code http://127.0.0.1:port/v1}. */
	String baseUrl() {
		return "http://127.0.0.1:%d/v1".formatted(server.getAddress().getPort());
	}

	String url(String path) {
		return "http://127.0.0.1:%d%s".formatted(server.getAddress().getPort(), path);
	}

	/** Answers the next requests with a completion whose message is this content. */
	void answer(String content) {
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
	}

	/** Answers the next requests with this status and an OpenAI-style error. */
	void fail(int status, String message) {
		ObjectNode error = JSON.createObjectNode();
		error.putObject("error").put("message", message).put("type", "invalid_request_error");
		this.status = status;
		this.body = JSON.writeValueAsString(error);
	}

	List<Request> requests() {
		return requests;
	}

	Request lastRequest() {
		return requests.get(requests.size() - 1);
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String sent = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
					exchange.getRequestHeaders().getFirst("Authorization"), JSON.readTree(sent)));
			byte[] answer = body.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(status, answer.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(answer);
			}
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}

	record Request(String method, String path, String authorization, JsonNode body) {

		/** The text parts of the first message. */
		String prompt() {
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

		/** The URL of the first image part of the first message. */
		String imageUrl() {
			for (JsonNode part : body.get("messages").get(0).get("content").values()) {
				if ("image_url".equals(part.path("type").asString())) {
					return part.get("image_url").get("url").stringValue();
				}
			}
			throw new AssertionError("no image in " + body);
		}

	}

}
