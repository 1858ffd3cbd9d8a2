package io.cselocal.engine;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import io.cselocal.job.JobType;

/** Status of an engine; the constants are the wire values. */
public enum EngineStatus {

	Creating, Available, Unavailable, Deleting, Deleted, Upgrading, Modifying, CreateFailed, DeleteFailed,
	UpgradeFailed, ModifyFailed, Freezed;

	/** The states an engine can be deleted from. */
	public static final Set<EngineStatus> DELETABLE = Collections.unmodifiableSet(
			EnumSet.of(Available, Unavailable, CreateFailed, DeleteFailed, UpgradeFailed, ModifyFailed));

	/** The status an engine has while a job of this type runs on it. */
	public static EngineStatus runningFor(JobType type) {
		return switch (type) {
			case Create -> Creating;
			case Delete -> Deleting;
			case Upgrade -> Upgrading;
			case Modify -> Modifying;
		};
	}

	/** The status an engine is left in when a job of this type fails. */
	public static EngineStatus failedFor(JobType type) {
		return switch (type) {
			case Create -> CreateFailed;
			case Delete -> DeleteFailed;
			case Upgrade -> UpgradeFailed;
			case Modify -> ModifyFailed;
		};
	}

	public boolean isFailed() {
		return this == CreateFailed || this == DeleteFailed || this == UpgradeFailed || this == ModifyFailed;
	}

}
