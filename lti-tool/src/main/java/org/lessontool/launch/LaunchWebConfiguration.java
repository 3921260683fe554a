package org.lessontool.launch;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets any controller take a {@link LaunchSession} parameter. */
@Configuration(proxyBeanMethods = false)
class LaunchWebConfiguration implements WebMvcConfigurer {

	private final LaunchSessionResolver resolver;

	LaunchWebConfiguration(LaunchSessionResolver resolver) {
		this.resolver = resolver;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this.resolver);
	}

}
