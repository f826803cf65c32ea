package io.expensync.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Serves the stylesheets, scripts, the icon and the web jars under their own paths only,
 * in place of Spring Boot's catch-all {@code /**} mapping
 * ({@code spring.web.resources.add-mappings} is off).
 *
 * <p>
 * With the catch-all, every link a page builds ({@code @{/accounts/{id}}}, 50 rows of
 * them on an account page) went through the resource chain, which looked each one up as a
 * file in four class-path folders of the packaged jar, missed, and cached nothing: that
 * was most of a page's time (JDK Flight Recorder, {@code bench/load}). Now only links
 * under these paths are resolved, and each is resolved once.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// Version-less web jar paths (/webjars/bootstrap/css/…) resolve to the jar's
		// version.
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
		registry.addResourceHandler("/*.svg").addResourceLocations("classpath:/static/").resourceChain(true);
	}

}
