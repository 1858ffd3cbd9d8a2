/** cse-local, a local emulator of Huawei Cloud CSE engine management. */
@NullMarked
package io.cselocal;

import org.jspecify.annotations.NullMarked;
