package io.expensync.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code expensync.demo=true} starts with a demo user; {@code expensync.dev-mode=true}
 * lets any signed-in user add demo data to their own account.
 */
@ConfigurationProperties("expensync")
record DemoProperties(@DefaultValue("false") boolean demo, @DefaultValue("false") boolean devMode,
		@DefaultValue("demo@expensync.local") String demoEmail, @DefaultValue("expensync-demo") String demoPassword) {
}
