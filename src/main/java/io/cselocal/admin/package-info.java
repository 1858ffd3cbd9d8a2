/**
 * The control plane under {@code /_emulator}: reset, per-project reset, engines put into any state, state export
 * and import, and the emulator's clock. For test harnesses: JSON in and out, no credentials.
 */
@NullMarked
package io.cselocal.admin;

import org.jspecify.annotations.NullMarked;
