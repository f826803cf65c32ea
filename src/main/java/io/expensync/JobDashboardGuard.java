package io.expensync;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * JobRunr's dashboard shows every job with its arguments and can delete or requeue them:
 * it only starts behind a username and password, so that only an administrator reaches
 * it.
 */
class JobDashboardGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		check(event.getEnvironment());
	}

	static void check(Environment environment) {
		if (environment.getProperty("jobrunr.dashboard.enabled", Boolean.class, false)
				&& (blank(environment.getProperty("jobrunr.dashboard.username"))
						|| blank(environment.getProperty("jobrunr.dashboard.password")))) {
			throw new IllegalStateException("The job dashboard (jobrunr.dashboard.enabled=true) needs "
					+ "jobrunr.dashboard.username and jobrunr.dashboard.password, so that only an administrator reaches it");
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
