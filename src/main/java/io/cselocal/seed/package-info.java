/** The state cse-local starts from. */
@NullMarked
package io.cselocal.seed;

import org.jspecify.annotations.NullMarked;
