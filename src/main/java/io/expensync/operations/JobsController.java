package io.expensync.operations;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import io.expensync.users.AdminOnlyException;
import io.expensync.users.CurrentUser;

import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.states.FailedState;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.storage.JobStats;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.storage.navigation.AmountRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The background jobs for administrators: how many are in each state, when each periodic
 * job runs next, and the latest failures with their error. Anyone else gets a 404, as for
 * any page they may not see.
 */
@Controller
class JobsController {

	static final int FAILURES = 20;

	record Periodic(String id, String name, String schedule, @Nullable Instant nextRun) {
	}

	record Failure(String name, Instant when, String error) {
	}

	private final StorageProvider jobs;

	private final boolean dashboard;

	private final int dashboardPort;

	JobsController(StorageProvider jobs, @Value("${jobrunr.dashboard.enabled:false}") boolean dashboard,
			@Value("${jobrunr.dashboard.port:8000}") int dashboardPort) {
		this.jobs = jobs;
		this.dashboard = dashboard;
		this.dashboardPort = dashboardPort;
	}

	@GetMapping("/admin/jobs")
	String jobs(CurrentUser user, Model model) {
		if (!user.isAdmin()) {
			throw new AdminOnlyException();
		}
		JobStats stats = jobs.getJobStats();
		model.addAttribute("stats", stats);
		model.addAttribute("periodic",
				jobs.getRecurringJobs()
					.stream()
					.map(job -> new Periodic(job.getId(), job.getJobName(), job.getScheduleExpression(), nextRun(job)))
					.sorted(Comparator.comparing(Periodic::id))
					.toList());
		model.addAttribute("failures", failures());
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("dashboardPort", dashboardPort);
		return "operations/jobs";
	}

	private List<Failure> failures() {
		return jobs.getJobList(StateName.FAILED, new AmountRequest("updatedAt:DESC", FAILURES))
			.stream()
			.map(job -> new Failure(job.getJobName(), job.getUpdatedAt(), error(job)))
			.toList();
	}

	private static String error(Job job) {
		return job.getLastJobStateOfType(FailedState.class)
			.map(failed -> failed.getExceptionType() + ": " + failed.getExceptionMessage())
			.orElse("");
	}

	private static @Nullable Instant nextRun(org.jobrunr.jobs.RecurringJob job) {
		try {
			return job.getNextRun();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
