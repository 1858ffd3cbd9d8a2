/**
 * The slice of Huawei Cloud IAM ({@code /v3}) that clients of CSE need: password tokens scoped to a project, and the
 * project lookup by name that the SDK makes when it knows a region but no project id.
 */
@NullMarked
package io.cselocal.iam;

import org.jspecify.annotations.NullMarked;
