package io.cselocal.fault;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.cselocal.error.CseException;
import io.cselocal.job.JobPlan;
import io.cselocal.store.Transactions;
import io.cselocal.web.CseOperations;
import io.cselocal.web.JsonBodyReader;
import io.cselocal.web.Texts;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The rules of fault injection: which rules a call meets, in creation order, and what they do to it. A rule that
 * matches a call counts the match; it then applies if its probability says so (decided by its seed and the match's
 * number) and, for a counted rule, if an application is left.
 */
@Service
public class FaultService {

	/** The error code of a control-plane resource that does not exist. */
	public static final String NOT_FOUND = "CSELOCAL.0404";

	private static final HttpFault NO_FAULT = new HttpFault(0, null);

	private static final List<String> HTTP_TYPES = List.of(FaultAction.HTTP_ERROR, FaultAction.DELAY);

	private final FaultStore store;

	private final CseOperations operations;

	private final JsonBodyReader bodies;

	private final Transactions transactions;

	FaultService(FaultStore store, CseOperations operations, JsonBodyReader bodies, Transactions transactions) {
		this.store = store;
		this.operations = operations;
		this.bodies = bodies;
		this.transactions = transactions;
	}

	/** Adds the rule a request body describes, once every part of it is valid. */
	public FaultRule add(byte @Nullable [] body) {
		FaultRule rule = FaultRules.validated(this.bodies.readExact(body, FaultRuleRequest.class), this.operations);
		return this.store.insert(rule);
	}

	public List<FaultRule> all() {
		return this.store.all();
	}

	/** Removes one rule; 404 if there is no rule of that id. */
	public void remove(String id) {
		if (!this.store.delete(parseId(id))) {
			throw new CseException(HttpStatus.NOT_FOUND, NOT_FOUND, "There is no fault rule with id " + Texts.quote(id)
					+ "; GET /_emulator/faults lists the rules.");
		}
	}

	public void removeAll() {
		this.store.clearAll();
	}

	/**
	 * Meets the call with the {@code http-error} and {@code delay} rules of its operation, in creation order: every
	 * delay that applies adds up, and the first error that applies ends the evaluation. A call no rule is about
	 * costs one query and no transaction.
	 */
	HttpFault httpFault(String operation, @Nullable String projectId, @Nullable String engineId) {
		List<FaultRule> rules = matching(operation, HTTP_TYPES, projectId, engineId);
		if (rules.isEmpty()) {
			return NO_FAULT;
		}
		return this.transactions.run(() -> {
			long delay = 0;
			for (FaultRule rule : rules) {
				if (!applies(rule)) {
					continue;
				}
				FaultAction action = rule.action();
				if (FaultAction.DELAY.equals(action.type())) {
					delay += action.millis();
					continue;
				}
				return new HttpFault(delay, error(action));
			}
			return new HttpFault(delay, null);
		});
	}

	/** The first {@code job-outcome} rule that applies to the call, inside the caller's transaction. */
	@Nullable FaultAction jobOutcome(String operation, String projectId, String engineId) {
		for (FaultRule rule : matching(operation, List.of(FaultAction.JOB_OUTCOME), projectId, engineId)) {
			if (applies(rule)) {
				return rule.action();
			}
		}
		return null;
	}

	private List<FaultRule> matching(String operation, List<String> types, @Nullable String projectId,
			@Nullable String engineId) {
		List<FaultRule> rules = new ArrayList<>(this.store.forOperation(operation, types));
		rules.removeIf((rule) -> !rule.isAbout(operation, projectId, engineId));
		return rules;
	}

	private boolean applies(FaultRule rule) {
		Long match = this.store.countMatch(rule.id()).orElse(null);
		if (match == null) {
			return false;
		}
		if (rule.probability() != null && !Chance.hit(rule.seed(), match, rule.probability())) {
			return false;
		}
		return rule.times() == null || this.store.consume(rule.id());
	}

	private static CseException error(FaultAction action) {
		return new CseException(HttpStatus.valueOf(action.status()), action.errorCode(), action.errorMsg());
	}

	private static long parseId(String id) {
		if (!id.matches("[1-9][0-9]{0,17}")) {
			throw CseException.badRequest("Fault rule id " + Texts.quote(id) + " is not valid: it must be a positive "
					+ "integer, as POST /_emulator/faults answered it.");
		}
		return Long.parseLong(id);
	}

	/** The most stages a job of any kind has: a {@code job-outcome} rule cannot aim beyond it. */
	static int maxStages() {
		return Arrays.stream(JobPlan.values()).mapToInt((plan) -> plan.stages().size()).max().orElse(1);
	}

	/** What the {@code http-error} and {@code delay} rules do to one call. */
	record HttpFault(long delayMillis, @Nullable CseException error) {
	}

}
