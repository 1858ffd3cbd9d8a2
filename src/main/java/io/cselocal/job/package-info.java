/** Jobs: the asynchronous work an engine operation starts, its stages and their progress. */
@NullMarked
package io.cselocal.job;

import org.jspecify.annotations.NullMarked;
