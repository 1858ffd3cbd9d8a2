package io.cselocal.engine;

/** The answer of an operation that started a job: the engine and the job to poll. */
public record JobAccepted(String id, String name, int jobId) {
}
