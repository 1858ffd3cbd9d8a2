/** Engines: the emulated engine-management operations and their rules. */
@NullMarked
package io.cselocal.engine;

import org.jspecify.annotations.NullMarked;
