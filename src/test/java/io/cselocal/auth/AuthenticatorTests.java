package io.cselocal.auth;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests for {@link Authenticator}'s reading of the project a request acts on. */
class AuthenticatorTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "NULL", quoteCharacter = '"', textBlock = """
			/v2/0123456789abcdef0123456789abcdef/enginemgr/engines | 0123456789abcdef0123456789abcdef
			/v2/p1                                                 | p1
			/v2/p%20one/enginemgr                                  | p one
			/v2/%7Bproject_id%7D/enginemgr/quotas                  | {project_id}
			/v2/bad%zz/enginemgr                                   | bad%zz
			/v2//enginemgr                                         | ""
			/v3/projects                                           | NULL
			/v3/auth/tokens                                        | NULL
			/_emulator/reset                                       | NULL
			""")
	void projectOfShouldReadTheSecondSegmentOfCsePathsOnly(String path, @Nullable String project) {
		assertThat(Authenticator.projectOf(path)).isEqualTo(project);
	}

}
