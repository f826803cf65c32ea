package io.expensync.imports.formats;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One element of a tagged statement file (OFX or CAMT), as the readers build it: its
 * name, the line of its start tag, its text and its child elements.
 */
final class Element {

	private final String name;

	private final int line;

	private final List<Element> children = new ArrayList<>(0);

	private Map<String, String> attributes = Map.of();

	private String text = "";

	Element(String name, int line) {
		this.name = name;
		this.line = line;
	}

	String name() {
		return this.name;
	}

	int line() {
		return this.line;
	}

	/** The text, without surrounding white space; {@code null} when there is none. */
	@Nullable String text() {
		String stripped = this.text.strip();
		return stripped.isEmpty() ? null : stripped;
	}

	/**
	 * The text of the element that the path of child names leads to.
	 * @param path child names, from this element down
	 * @return its text, or {@code null} when the element is missing or has no text
	 */
	@Nullable String text(String... path) {
		Element found = find(path);
		return (found != null) ? found.text() : null;
	}

	@Nullable String attribute(String name) {
		return this.attributes.get(name);
	}

	/** The first element that the path of child names leads to, if any. */
	@Nullable Element find(String... path) {
		Element current = this;
		for (String step : path) {
			current = current.child(step);
			if (current == null) {
				return null;
			}
		}
		return current;
	}

	@Nullable Element child(String name) {
		for (Element child : this.children) {
			if (child.name.equals(name)) {
				return child;
			}
		}
		return null;
	}

	List<Element> children() {
		return this.children;
	}

	List<Element> children(String name) {
		return this.children.stream().filter((child) -> child.name.equals(name)).toList();
	}

	/** Every element below this one with that name, in the file's order, at any depth. */
	List<Element> descendants(String name) {
		return descendants(Set.of(name));
	}

	/** Every element below this one with one of those names, in the file's order. */
	List<Element> descendants(Set<String> names) {
		List<Element> found = new ArrayList<>();
		// a stack rather than recursion: a hostile file may nest very deep
		Deque<Element> pending = new ArrayDeque<>();
		pushChildren(this, pending);
		while (!pending.isEmpty()) {
			Element next = pending.pop();
			if (names.contains(next.name)) {
				found.add(next);
			}
			pushChildren(next, pending);
		}
		return found;
	}

	private static void pushChildren(Element parent, Deque<Element> pending) {
		for (int i = parent.children.size() - 1; i >= 0; i--) {
			pending.push(parent.children.get(i));
		}
	}

	boolean hasText() {
		return !this.text.isEmpty();
	}

	void add(Element child) {
		this.children.add(child);
	}

	void appendText(String more) {
		// one piece in nearly every file: concatenation costs less than a builder each
		this.text = this.text.concat(more);
	}

	int textLength() {
		return this.text.length();
	}

	void putAttribute(String name, String value) {
		if (this.attributes.isEmpty()) {
			this.attributes = new HashMap<>(2);
		}
		this.attributes.put(name, value);
	}

	@Override
	public String toString() {
		return "<" + this.name + "> (line " + this.line + ")";
	}

}
