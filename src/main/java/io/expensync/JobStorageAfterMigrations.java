package io.expensync;

import java.util.Set;

import org.jobrunr.storage.StorageProvider;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * JobRunr's storage creates its tables in the application's database when it starts; it
 * must start after Flyway, which refuses a fresh schema that already holds other tables.
 */
class JobStorageAfterMigrations extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

	@Override
	protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
		return Set.of(StorageProvider.class);
	}

}
