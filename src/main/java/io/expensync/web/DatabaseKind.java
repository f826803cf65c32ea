package io.expensync.web;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Which database the app runs on, for the few statements written in its own words (an
 * upsert is {@code ON CONFLICT} on PostgreSQL and {@code MERGE … KEY} on H2).
 */
public final class DatabaseKind {

	private DatabaseKind() {
	}

	/**
	 * The database behind {@code dataSource}, by the product name its driver reports.
	 * @throws IllegalStateException when the database cannot be asked
	 */
	public static DatabaseDriver of(DataSource dataSource) {
		try {
			return DatabaseDriver.fromProductName(
					JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
		}
		catch (MetaDataAccessException ex) {
			throw new IllegalStateException("Cannot tell which database this is", ex);
		}
	}

}
