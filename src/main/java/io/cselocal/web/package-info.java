/** HTTP plumbing shared by every operation: request ids, body handling, path ids, operation names. */
@NullMarked
package io.cselocal.web;

import org.jspecify.annotations.NullMarked;
