package io.expensync;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

/**
 * On PostgreSQL, each test run (JVM) gets a database of its own, made fresh beside the
 * configured one ({@code test_run_<pid>} for {@code test}) and dropped when the run ends,
 * after its last Spring context has closed. One database shared by the runs on a machine
 * let one run's booking job book another run's schedules (a test then saw its balance
 * move under it: one more 12.99 than its rows, issue 13), and the clean that every run
 * began with wiped the schema under a run still going.
 * {@code expensync.test.own-database=false} uses the configured database as it is.
 */
class OwnTestDatabase implements EnvironmentPostProcessor, Ordered {

	private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([A-Za-z0-9_]+)(\\?.*)?");

	private static String url;

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.acceptsProfiles(Profiles.of("test-db-postgres"))
				|| !environment.getProperty("expensync.test.own-database", Boolean.class, true)) {
			return;
		}
		String configured = environment.getRequiredProperty("spring.datasource.url");
		String user = environment.getProperty("spring.datasource.username", "postgres");
		String password = environment.getProperty("spring.datasource.password", "");
		environment.getPropertySources()
			.addFirst(new MapPropertySource("ownTestDatabase",
					Map.of("spring.datasource.url", ownDatabase(configured, user, password))));
	}

	/** Made once per JVM: the later test contexts of a run share it. */
	private static synchronized String ownDatabase(String configured, String user, String password) {
		if (url != null) {
			return url;
		}
		Matcher parts = URL.matcher(configured);
		if (!parts.matches()) {
			throw new IllegalStateException("Cannot tell the database in " + configured
					+ "; set expensync.test.own-database=false to use it as it is");
		}
		String server = parts.group(1);
		String prefix = parts.group(2) + "_run_";
		String name = prefix + ProcessHandle.current().pid();
		try (Connection admin = DriverManager.getConnection(server + "postgres", user, password);
				Statement sql = admin.createStatement()) {
			for (String leftover : leftovers(sql, prefix)) {
				sql.execute("DROP DATABASE IF EXISTS " + leftover + " WITH (FORCE)");
			}
			sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
			sql.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot make the test database " + name + " at " + server, ex);
		}
		// not a JVM shutdown hook: those run beside Spring's, so the forced drop
		// cut the connections of contexts still closing, whose pools then waited
		// 30 s for the dropped database (and Surefire killed the JVM). Boot runs
		// its shutdown handlers after every context has closed.
		SpringApplication.getShutdownHandlers().add(() -> drop(server, name, user, password));
		url = server + name + (parts.group(3) != null ? parts.group(3) : "");
		System.out.println("Tests run on their own database " + name);
		return url;
	}

	/** Databases of earlier runs on this machine that ended without dropping theirs. */
	private static List<String> leftovers(Statement sql, String prefix) throws SQLException {
		List<String> gone = new ArrayList<>();
		try (var rows = sql.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + prefix + "%'")) {
			while (rows.next()) {
				String name = rows.getString(1);
				String pid = name.substring(prefix.length());
				if (pid.matches("[0-9]+") && ProcessHandle.of(Long.parseLong(pid)).isEmpty()) {
					gone.add(name);
				}
			}
		}
		return gone;
	}

	private static void drop(String server, String name, String user, String password) {
		try (Connection admin = DriverManager.getConnection(server + "postgres", user, password);
				Statement sql = admin.createStatement()) {
			sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
		}
		catch (SQLException ex) {
			System.err.println("Could not drop the test database " + name + ": " + ex.getMessage());
		}
	}

	@Override
	public int getOrder() {
		// after the configuration files are read, so the configured URL is known
		return Ordered.LOWEST_PRECEDENCE;
	}

}
