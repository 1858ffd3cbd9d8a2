package io.cselocal.job;

/** Type of a job; the constants are the wire values. */
public enum JobType {

	Create, Delete, Upgrade, Modify

}
