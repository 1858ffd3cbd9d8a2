/**
 * Fault injection of the control plane: rules that make emulated operations answer an error, answer late, or start
 * a job that fails or hangs.
 */
@NullMarked
package io.cselocal.fault;

import org.jspecify.annotations.NullMarked;
