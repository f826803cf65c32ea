package io.expensync;

import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

import org.springframework.test.context.BootstrapUtils;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Runs the test classes that share a Spring context one after the other: the plain tests
 * first, then each context's classes together, in the order the first of them came.
 * Spring keeps only a few contexts open (spring.properties); a class whose context had
 * been closed since its last use booted it again. Two classes share a context when their
 * {@link MergedContextConfiguration}s are equal, which is the key of Spring's context
 * cache, so the grouping here is the cache's own.
 */
public class SameContextTogether implements ClassOrderer {

	private static final Object NO_CONTEXT = new Object();

	@Override
	public void orderClasses(ClassOrdererContext context) {
		Map<Object, Integer> groups = new HashMap<>();
		groups.put(NO_CONTEXT, 0);
		Map<ClassDescriptor, Integer> group = new IdentityHashMap<>();
		for (ClassDescriptor descriptor : context.getClassDescriptors()) {
			Object key = contextOf(descriptor.getTestClass());
			group.put(descriptor, groups.computeIfAbsent(key, (next) -> groups.size()));
		}
		// a stable sort: within a group the classes keep their order
		context.getClassDescriptors().sort(Comparator.comparing(group::get));
	}

	private static Object contextOf(Class<?> testClass) {
		if (!TestContextAnnotationUtils.hasAnnotation(testClass, BootstrapWith.class)) {
			return NO_CONTEXT;
		}
		try {
			return BootstrapUtils.resolveTestContextBootstrapper(testClass).buildMergedContextConfiguration();
		}
		catch (RuntimeException ex) {
			// the class fails on its own when it runs; here it only keeps its own place
			return testClass;
		}
	}

}
