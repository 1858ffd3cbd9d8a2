/** What every JDBC store shares: transactions that survive contention, JSON columns. */
@NullMarked
package io.cselocal.store;

import org.jspecify.annotations.NullMarked;
