/**
 * The request journal: what was sent to the emulated API, newest first, bounded in count and in size, and without
 * credentials, passwords or secret keys.
 */
@NullMarked
package io.cselocal.journal;

import org.jspecify.annotations.NullMarked;
