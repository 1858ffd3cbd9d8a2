/** The OpenAPI document of the emulated API and the control plane, and its Swagger UI. */
@NullMarked
package io.cselocal.openapi;

import org.jspecify.annotations.NullMarked;
