package io.cselocal.auth;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties of {@link PercentEncoding} and of the canonical forms built on it, for arbitrary Unicode text. */
class PercentEncodingPropertyTests {

	private static final Pattern ENCODED = Pattern.compile("([A-Za-z0-9._~-]|%[0-9A-F]{2})*");

	@Property
	void encodedTextHasOnlyUnreservedCharactersAndEscapes(@ForAll("unicode") String text) {
		assertThat(PercentEncoding.encode(text)).matches(ENCODED);
	}

	@Property
	void decodingTheEncodedTextGivesItBack(@ForAll("unicode") String text) {
		assertThat(PercentEncoding.decode(PercentEncoding.encode(text), "test")).isEqualTo(text);
	}

	@Property
	void canonicalUriDoesNotDependOnHowTheWirePathWasEncoded(@ForAll("segments") List<String> segments,
			@ForAll("encodings") List<Integer> choices) {
		String wire = segments.stream().map((segment) -> wireEncode(segment, choices)).collect(Collectors.joining("/"));
		String canonical = segments.stream().map(PercentEncoding::encode).collect(Collectors.joining("/"));
		assertThat(Signer.canonicalUri("/v2/" + wire)).isEqualTo("/v2/" + canonical + "/");
	}

	@Property
	void canonicalQueryDoesNotDependOnHowTheWireQueryWasEncoded(@ForAll("unicode") String key,
			@ForAll("unicode") String value, @ForAll("encodings") List<Integer> choices) {
		String wire = wireEncode(key, choices) + "=" + wireEncode(value, choices);
		assertThat(Signer.canonicalQueryString(wire))
			.isEqualTo(PercentEncoding.encode(key) + "=" + PercentEncoding.encode(value));
	}

	@Example
	void encodeKeepsOnlyTheUnreservedSet() {
		assertThat(PercentEncoding.encode("aZ09-_.~ *+/%中é😀"))
			.isEqualTo("aZ09-_.~%20%2A%2B%2F%25%E4%B8%AD%C3%A9%F0%9F%98%80");
	}

	@Provide
	Arbitrary<String> unicode() {
		Arbitrary<Integer> ascii = Arbitraries.integers().between(0, 0x7F);
		Arbitrary<Integer> any = Arbitraries.integers()
			.between(0, Character.MAX_CODE_POINT)
			.filter((codePoint) -> codePoint < Character.MIN_SURROGATE || codePoint > Character.MAX_SURROGATE);
		return Arbitraries.frequencyOf(Tuple.of(3, ascii), Tuple.of(1, any))
			.list()
			.ofMaxSize(20)
			.map((codePoints) -> codePoints.stream()
				.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
				.toString());
	}

	@Provide
	Arbitrary<List<String>> segments() {
		return unicode().filter((segment) -> !segment.isEmpty() && segment.indexOf('/') < 0)
			.list()
			.ofMinSize(1)
			.ofMaxSize(4);
	}

	@Provide
	Arbitrary<List<Integer>> encodings() {
		return Arbitraries.integers().between(0, 2).list().ofMinSize(1).ofMaxSize(10);
	}

	/**
	 * One of the ways a client may put text on the wire: each code point as is when that is safe, or escaped with
	 * upper- or lower-case hex, cycling through the given choices.
	 */
	private static String wireEncode(String text, List<Integer> choices) {
		StringBuilder wire = new StringBuilder();
		int[] codePoints = text.codePoints().toArray();
		for (int i = 0; i < codePoints.length; i++) {
			String character = Character.toString(codePoints[i]);
			int choice = choices.get(i % choices.size());
			boolean safe = character.matches("[A-Za-z0-9._~*!$'()+,;:@-]");
			String escaped = PercentEncoding.encode(character);
			if (escaped.equals(character)) {
				escaped = String.format("%%%02X", codePoints[i]);
			}
			wire.append((choice == 0 && safe) ? character : (choice == 1) ? escaped.toLowerCase() : escaped);
		}
		return wire.toString();
	}

}
