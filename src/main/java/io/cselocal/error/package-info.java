/** Errors: the one exception type carrying a CSE or gateway error code, and the handler that renders every error. */
@NullMarked
package io.cselocal.error;

import org.jspecify.annotations.NullMarked;
