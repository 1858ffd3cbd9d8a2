package io.cselocal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** cse-local: a local emulator of the Huawei Cloud CSE engine-management API. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CseLocalApplication {

	public static void main(String[] args) {
		SpringApplication.run(CseLocalApplication.class, args);
	}

}
