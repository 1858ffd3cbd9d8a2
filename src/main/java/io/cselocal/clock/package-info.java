/** The emulator's clock, which tests can move forward. */
@NullMarked
package io.cselocal.clock;

import org.jspecify.annotations.NullMarked;
