/** Authentication of the emulated API, as Huawei Cloud's API gateway does it. */
@NullMarked
package io.cselocal.auth;

import org.jspecify.annotations.NullMarked;
