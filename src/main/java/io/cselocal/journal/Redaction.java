package io.cselocal.journal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Masks secrets in what the journal keeps. A JSON field whose name looks secret ({@code password}, {@code pwd},
 * {@code secret}, {@code token}, {@code sk}...) has its value replaced by {@value #MASK}; inside such a field only
 * {@code name}s stay readable, so an IAM body keeps the user and domain names but not the password. Bodies that
 * are not JSON (or too large to parse) are masked by pattern: {@code name=value} and {@code "name": value}.
 */
final class Redaction {

	static final String MASK = "******";

	private static final int MAX_PARSED_BYTES = 64 * 1024;

	private static final Set<String> SECRET_PARTS = Set.of("password", "passwd", "pwd", "secret", "token",
			"credential", "signature", "privatekey", "authorization", "cookie");

	private static final Set<String> READABLE_INSIDE_SECRETS = Set.of("name");

	private static final Pattern NAMED_VALUE = Pattern
		.compile("(\"?)([A-Za-z0-9_.-]++)\\1(\\s*+[:=]\\s*+)(\"(?:[^\"\\\\]++|\\\\.)*+\"?|[^,&}\\]\\s\"]++)");

	private final JsonMapper json;

	Redaction(JsonMapper json) {
		this.json = json;
	}

	/** Whether a field or parameter of this name holds a secret. */
	static boolean isSecret(String name) {
		String plain = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
		return plain.equals("sk") || SECRET_PARTS.stream().anyMatch(plain::contains);
	}

	/** The body as text with its secrets masked. */
	String body(byte[] body) {
		if (body.length <= MAX_PARSED_BYTES) {
			try {
				JsonNode tree = this.json.readTree(body);
				if (tree != null && tree.isContainer()) {
					mask(tree, false);
					return this.json.writeValueAsString(tree);
				}
			}
			catch (JacksonException notJson) {
				// masked by pattern below
			}
		}
		return text(new String(body, StandardCharsets.UTF_8));
	}

	/** A query string with the values of secret-looking parameters masked. */
	static @Nullable String query(@Nullable String query) {
		return (query == null) ? null : text(query);
	}

	/** Text with every {@code name=value} or {@code "name": value} whose name looks secret masked. */
	static String text(String text) {
		Matcher matcher = NAMED_VALUE.matcher(text);
		StringBuilder masked = new StringBuilder(text.length());
		while (matcher.find()) {
			String replacement = isSecret(matcher.group(2))
					? matcher.group(1) + matcher.group(2) + matcher.group(1) + matcher.group(3) + quoted(matcher.group(4))
					: matcher.group();
			matcher.appendReplacement(masked, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(masked);
		return masked.toString();
	}

	private static String quoted(String value) {
		return value.startsWith("\"") ? "\"" + MASK + "\"" : MASK;
	}

	private static void mask(JsonNode node, boolean insideSecret) {
		if (node instanceof ObjectNode object) {
			for (Map.Entry<String, JsonNode> field : List.copyOf(object.properties())) {
				String name = field.getKey();
				boolean secret = insideSecret || isSecret(name);
				if (field.getValue().isContainer()) {
					mask(field.getValue(), secret);
				}
				else if (secret && !(insideSecret && READABLE_INSIDE_SECRETS.contains(name) && !isSecret(name))) {
					object.put(name, MASK);
				}
			}
		}
		else if (node instanceof ArrayNode array) {
			for (int index = 0; index < array.size(); index++) {
				if (array.get(index).isContainer()) {
					mask(array.get(index), insideSecret);
				}
				else if (insideSecret) {
					array.set(index, array.stringNode(MASK));
				}
			}
		}
	}

}
