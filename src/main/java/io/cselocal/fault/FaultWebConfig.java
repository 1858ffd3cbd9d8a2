package io.cselocal.fault;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the fault interceptor in front of the handlers of the emulated API. */
@Configuration(proxyBeanMethods = false)
class FaultWebConfig implements WebMvcConfigurer {

	private final FaultService faults;

	FaultWebConfig(@Lazy FaultService faults) {
		this.faults = faults;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new FaultInterceptor(this.faults)).addPathPatterns("/v2/**", "/v3/**").order(0);
	}

}
