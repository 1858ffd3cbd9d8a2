package io.cselocal.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the emulated operation a handler method answers, as the Huawei Cloud SDK names it ({@code UpgradeEngine},
 * {@code ShowEngineJob}...). Fault rules and the request journal refer to operations by this name.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CseOperation {

	String value();

	/** Whether the operation starts (or restarts) a job, which a {@code job-outcome} fault can make fail. */
	boolean startsJob() default false;

}
