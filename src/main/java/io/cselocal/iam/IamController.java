package io.cselocal.iam;

import io.cselocal.auth.Caller;
import io.cselocal.web.CseOperation;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** IAM's {@code /v3} endpoints that clients of CSE call. */
@RestController
class IamController {

	static final String SUBJECT_TOKEN_HEADER = "X-Subject-Token";

	private final TokenService tokens;

	private final ProjectDirectory projects;

	IamController(TokenService tokens, ProjectDirectory projects) {
		this.tokens = tokens;
		this.projects = projects;
	}

	/** Gets a project-scoped token with a password; any non-empty {@code nocatalog} leaves the catalog out. */
	@PostMapping("/v3/auth/tokens")
	@CseOperation("KeystoneCreateUserTokenByPassword")
	ResponseEntity<TokenResponse> issue(@RequestBody(required = false) byte @Nullable [] body,
			@RequestParam(name = "nocatalog", required = false) @Nullable String nocatalog,
			HttpServletRequest request) {
		TokenService.Issued issued = this.tokens.issue(body, nocatalog == null || nocatalog.isEmpty(),
				baseUrl(request));
		return ResponseEntity.status(HttpStatus.CREATED)
			.header(SUBJECT_TOKEN_HEADER, issued.token())
			.body(issued.body());
	}

	/** The caller's projects, those with the given name only if it is given. */
	@GetMapping("/v3/projects")
	@CseOperation("KeystoneListProjects")
	ProjectsResponse projects(@RequestParam(name = "name", required = false) @Nullable String name,
			HttpServletRequest request) {
		return this.projects.list(Caller.of(request), name, baseUrl(request));
	}

	/** This emulator's address as the client reached it, e.g. {@code http://127.0.0.1:8080}. */
	private static String baseUrl(HttpServletRequest request) {
		return ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
	}

}
