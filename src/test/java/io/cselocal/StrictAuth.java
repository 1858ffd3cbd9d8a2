package io.cselocal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * Runs a test of the whole application with {@code cselocal.auth.mode=strict} and these credentials besides the
 * demo user ({@code cse-local}) and the demo AK/SK ({@code AKEXAMPLE0000000000}), which hold {@link #PROJECT}:
 * <ul>
 * <li>user {@code alice} / {@link #ALICE_PASSWORD} in domain {@code acme}, holding {@link #OTHER_PROJECT} (named
 * {@code eu-west-0}) and {@link #PROJECT};</li>
 * <li>{@link #OTHER_AK} / {@link #OTHER_SK}, holding {@link #OTHER_PROJECT} only, of no configured user;</li>
 * <li>{@link #TEMP_AK} / {@link #TEMP_SK} with the security token {@link #TEMP_TOKEN} (temporary credentials),
 * holding {@link #PROJECT}.</li>
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@TestPropertySource(properties = { "cselocal.auth.mode=strict",
		"cselocal.auth.users[0].name=cse-local", "cselocal.auth.users[0].password=cse-local-Pass1",
		"cselocal.auth.users[0].projects=" + StrictAuth.PROJECT,
		"cselocal.auth.users[1].name=alice", "cselocal.auth.users[1].password=" + StrictAuth.ALICE_PASSWORD,
		"cselocal.auth.users[1].domain=acme",
		"cselocal.auth.users[1].projects=" + StrictAuth.OTHER_PROJECT + "," + StrictAuth.PROJECT,
		"cselocal.auth.access-keys[0].access-key=AKEXAMPLE0000000000",
		"cselocal.auth.access-keys[0].secret-key=SKEXAMPLE00000000000000000000000000000000",
		"cselocal.auth.access-keys[0].projects=" + StrictAuth.PROJECT,
		"cselocal.auth.access-keys[0].user=cse-local",
		"cselocal.auth.access-keys[1].access-key=" + StrictAuth.OTHER_AK,
		"cselocal.auth.access-keys[1].secret-key=" + StrictAuth.OTHER_SK,
		"cselocal.auth.access-keys[1].projects=" + StrictAuth.OTHER_PROJECT,
		"cselocal.auth.access-keys[2].access-key=" + StrictAuth.TEMP_AK,
		"cselocal.auth.access-keys[2].secret-key=" + StrictAuth.TEMP_SK,
		"cselocal.auth.access-keys[2].security-token=" + StrictAuth.TEMP_TOKEN,
		"cselocal.auth.access-keys[2].projects=" + StrictAuth.PROJECT,
		"cselocal.auth.access-keys[2].user=temp-user",
		"cselocal.auth.projects[0].id=" + StrictAuth.OTHER_PROJECT, "cselocal.auth.projects[0].name=eu-west-0" })
public @interface StrictAuth {

	String PROJECT = ApiTestSupport.PROJECT;

	String OTHER_PROJECT = "fedcba9876543210fedcba9876543210";

	String ALICE_PASSWORD = "alice-Secret-42";

	String OTHER_AK = "AKOTHER000000000000";

	String OTHER_SK = "SKOTHER0000000000000000000000000000000000";

	String TEMP_AK = "AKTEMPORARY00000000";

	String TEMP_SK = "SKTEMPORARY0000000000000000000000000000000";

	String TEMP_TOKEN = "TEMPTOKEN-gQ7dR2xN";

}
