package io.cselocal;

import java.util.concurrent.atomic.AtomicReference;

import io.cselocal.job.JobFault;
import io.cselocal.job.JobFaultPlanner;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.test.context.TestConfiguration;

/** Lets a test plan the fault of the next job it starts, without the control plane. */
@TestConfiguration(proxyBeanMethods = false)
public class TestJobFaults implements JobFaultPlanner {

	private final AtomicReference<@Nullable JobFault> next = new AtomicReference<>();

	/** The next job started fails (or hangs) as {@code fault} says; {@code null} for none. */
	public void planNext(@Nullable JobFault fault) {
		this.next.set(fault);
	}

	@Override
	public @Nullable JobFault plan(String operation, String projectId, String engineId) {
		return this.next.getAndSet(null);
	}

}
