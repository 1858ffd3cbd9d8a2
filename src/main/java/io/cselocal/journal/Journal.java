package io.cselocal.journal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;

import io.cselocal.store.ResettableState;

import org.springframework.stereotype.Component;

/**
 * The request journal of this instance, in memory: a ring of the newest {@code cselocal.journal.capacity} entries,
 * each of bounded size, so its memory stays bounded under any load. Instances sharing a database each keep their
 * own.
 */
@Component
public class Journal implements ResettableState {

	/** The longest request body kept, in characters (after masking). */
	static final int MAX_BODY_CHARS = 4096;

	/** The longest path or query string kept, in characters. */
	static final int MAX_TEXT_CHARS = 1024;

	private final int capacity;

	private final Deque<JournalEntry> entries = new ArrayDeque<>();

	private long lastId;

	Journal(JournalProperties properties) {
		this.capacity = properties.capacity();
	}

	public int capacity() {
		return this.capacity;
	}

	/** Keeps an entry, giving it the next id, and forgets the oldest one beyond the capacity. */
	synchronized void add(JournalEntry entry) {
		if (this.capacity == 0) {
			return;
		}
		this.lastId++;
		this.entries.addFirst(new JournalEntry(this.lastId, entry.requestId(), entry.time(), entry.timeIso(),
				entry.method(), entry.path(), entry.query(), entry.operation(), entry.projectId(), entry.engineId(),
				entry.status(), entry.errorCode(), entry.durationMs(), entry.credentials(), entry.body(),
				entry.bodyBytes(), entry.bodyTruncated()));
		while (this.entries.size() > this.capacity) {
			this.entries.removeLast();
		}
	}

	/** The entries that pass the filter, newest first, at most {@code limit}. */
	synchronized List<JournalEntry> find(Predicate<JournalEntry> filter, int limit) {
		return this.entries.stream().filter(filter).limit(limit).toList();
	}

	synchronized int size() {
		return this.entries.size();
	}

	@Override
	public synchronized void clearAll() {
		this.entries.clear();
	}

	@Override
	public synchronized void clearProject(String projectId) {
		this.entries.removeIf((entry) -> projectId.equals(entry.projectId()));
	}

}
