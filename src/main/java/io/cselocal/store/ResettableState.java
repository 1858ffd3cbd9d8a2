package io.cselocal.store;

/**
 * State that a reset of the emulator clears. Every component that keeps state implements it, so that a reset
 * cannot silently leave something behind; the reset calls each one inside its single transaction.
 */
public interface ResettableState {

	/** Forgets everything, as on a fresh start. */
	void clearAll();

	/** Forgets everything that belongs to one project. */
	void clearProject(String projectId);

}
