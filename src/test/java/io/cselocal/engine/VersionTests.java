package io.cselocal.engine;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Versions compare part by part as numbers. */
class VersionTests {

	@Test
	void versionsShouldCompareAsNumbersNotAsText() {
		assertThat(Version.parse("2.10.0").isNewerThan(Version.parse("2.9.0"))).isTrue();
		assertThat(Version.parse("2.9.0").isNewerThan(Version.parse("2.10.0"))).isFalse();
		assertThat(Version.parse("2.4.0").isNewerThan(Version.parse("2.3.4"))).isTrue();
		assertThat(Version.parse("10.0").isNewerThan(Version.parse("9.99.99"))).isTrue();
	}

	@Test
	void missingPartsShouldCountAsZero() {
		assertThat(Version.parse("2.4").compareTo(Version.parse("2.4.0"))).isZero();
		assertThat(Version.parse("2.4.1").isNewerThan(Version.parse("2.4"))).isTrue();
	}

	@Test
	void textThatIsNotAVersionShouldBeRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Version.parse("2.4.0-beta"));
		assertThatIllegalArgumentException().isThrownBy(() -> Version.parse("latest"));
		assertThatIllegalArgumentException().isThrownBy(() -> Version.parse(""));
		assertThatIllegalArgumentException().isThrownBy(() -> Version.parse("1.2.3.4.5"));
	}

	@Property
	void comparisonShouldBeAntisymmetric(@ForAll("versions") String a, @ForAll("versions") String b) {
		assertThat(Integer.signum(Version.parse(a).compareTo(Version.parse(b))))
			.isEqualTo(-Integer.signum(Version.parse(b).compareTo(Version.parse(a))));
	}

	@Property
	void comparisonShouldBeTransitive(@ForAll("versions") String a, @ForAll("versions") String b,
			@ForAll("versions") String c) {
		Version x = Version.parse(a);
		Version y = Version.parse(b);
		Version z = Version.parse(c);
		if (x.compareTo(y) <= 0 && y.compareTo(z) <= 0) {
			assertThat(x.compareTo(z)).isLessThanOrEqualTo(0);
		}
	}

	@Property
	void raisingAnyPartShouldGiveANewerVersion(@ForAll("versions") String a, @ForAll("part") int index) {
		Version version = Version.parse(a);
		int[] parts = java.util.Arrays.copyOf(version.parts(), Math.max(version.parts().length, index + 1));
		parts[index]++;
		String raised = java.util.Arrays.stream(parts)
			.mapToObj(String::valueOf)
			.collect(java.util.stream.Collectors.joining("."));
		assertThat(Version.parse(raised).isNewerThan(version)).isTrue();
	}

	@Provide
	Arbitrary<String> versions() {
		return Arbitraries.integers()
			.between(0, 120)
			.list()
			.ofMinSize(1)
			.ofMaxSize(4)
			.map((parts) -> parts.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(".")));
	}

	@Provide
	Arbitrary<Integer> part() {
		return Arbitraries.integers().between(0, 3);
	}

}
