package io.cselocal.web;

/**
 * Where a request acts: the project of its path and the enterprise project of its {@code X-Enterprise-Project-ID}
 * header ({@code "0"}, the default enterprise project, when absent).
 */
public record ProjectScope(String projectId, String enterpriseProjectId) {

	public static final String DEFAULT_ENTERPRISE_PROJECT = "0";

}
