package io.cselocal.store;

import java.util.function.Supplier;

import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work in one database transaction, and runs it again when it lost a race with a concurrent transaction (an
 * optimistic version check that failed, a lock that could not be taken). The rerun sees the winner's writes, so
 * the loser's answer is the one its request deserves given them.
 */
@Component
public class Transactions {

	private static final int ATTEMPTS = 8;

	private final TransactionTemplate template;

	Transactions(PlatformTransactionManager transactions) {
		this.template = new TransactionTemplate(transactions);
	}

	public <T> T run(Supplier<T> work) {
		for (int attempt = 1;; attempt++) {
			try {
				return this.template.execute((status) -> work.get());
			}
			catch (TransientDataAccessException raced) {
				if (attempt == ATTEMPTS || isInTransaction()) {
					throw raced;
				}
			}
		}
	}

	public void run(Runnable work) {
		run(() -> {
			work.run();
			return null;
		});
	}

	private static boolean isInTransaction() {
		return org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive();
	}

}
