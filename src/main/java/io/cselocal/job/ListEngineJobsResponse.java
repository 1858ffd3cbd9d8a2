package io.cselocal.job;

import java.util.List;

/** The answer of ListEngineJobs: how many jobs the engine has, and one page of them. */
public record ListEngineJobsResponse(int total, List<ShowEngineJobResponse> data) {
}
