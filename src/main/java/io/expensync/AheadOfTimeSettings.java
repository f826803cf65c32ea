package io.expensync;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.aot.AotDetector;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * The fast start ({@code -Dspring.aot.enabled=true}) runs the bean definitions that the
 * build worked out ahead of time ({@code process-aot} in the pom). Which beans exist was
 * decided then, with the default settings, so a setting that adds or removes beans cannot
 * change at start: it would be ignored without a word (a node told to run no jobs would
 * run them). Such a start is refused instead, naming the setting; the normal start
 * (without {@code -Dspring.aot.enabled=true}) takes every setting.
 * <p>
 * {@code spring.mail.host} is not among them: the build makes the mail sender, and it
 * reads the host given at start (none: no mail is sent).
 */
class AheadOfTimeSettings implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	/** A setting whose value the build fixed, and the value it fixed. */
	private record Fixed(String property, boolean builtWith) {
	}

	private static final List<Fixed> FIXED = List.of(new Fixed("expensync.demo", false),
			new Fixed("expensync.dev-mode", false), new Fixed("expensync.jobs.enabled", true),
			new Fixed("jobrunr.dashboard.enabled", false));

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		if (AotDetector.useGeneratedArtifacts()) {
			List<String> conflicts = conflicts(event.getEnvironment());
			if (!conflicts.isEmpty()) {
				throw new IllegalStateException("This start uses the beans the build made ahead of time "
						+ "(-Dspring.aot.enabled=true), which fixed settings this start changes: "
						+ String.join("; ", conflicts)
						+ ". Start without -Dspring.aot.enabled=true to use these settings.");
			}
		}
	}

	/** The settings of this environment that contradict what the build fixed. */
	static List<String> conflicts(Environment environment) {
		List<String> conflicts = new ArrayList<>();
		for (Fixed fixed : FIXED) {
			boolean value = environment.getProperty(fixed.property(), Boolean.class, fixed.builtWith());
			if (value != fixed.builtWith()) {
				conflicts.add("%s=%s (built with %s)".formatted(fixed.property(), value, fixed.builtWith()));
			}
		}
		String managementPort = environment.getProperty("management.server.port");
		if (managementPort != null && !managementPort.isBlank()
				&& !Objects.equals(managementPort, environment.getProperty("server.port", "8080"))) {
			conflicts.add("management.server.port=%s (built with the actuator on the app's own port)"
				.formatted(managementPort));
		}
		return conflicts;
	}

}
