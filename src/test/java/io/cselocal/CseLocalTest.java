package io.cselocal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * A test of the whole application in process, driven through {@code MockMvcTester}. Stages last ten minutes, so
 * a job moves only when the test moves the emulator's clock; {@link TestJobFaults} can make the next job fail.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(properties = "cselocal.jobs.stage-duration=10m")
@AutoConfigureMockMvc
@Import(TestJobFaults.class)
public @interface CseLocalTest {

}
