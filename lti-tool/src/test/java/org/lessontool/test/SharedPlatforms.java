package org.lessontool.test;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The test LMSs every {@link ToolTest} shares, declared to the tool the same way in every
 * test context, so Spring's context cache serves one application to all the test classes
 * that need nothing else (issue 18: each class used to start its own). A class that
 * declares platforms of its own with {@code @DynamicPropertySource} gets none of these.
 * <p>
 * They are shared: a test names its own users, links and courses, and reads what a
 * platform recorded for those only. {@link #restore()} runs before each test.
 */
public final class SharedPlatforms implements ContextCustomizerFactory {

	/**
	 * The platform most tests launch from: strict deployments, client
	 * {@code tool-client}.
	 */
	public static final TestPlatform MAIN = new TestPlatform();

	/** A platform with the accept-new deployment policy. */
	public static final TestPlatform LEARNING = new TestPlatform();

	/** A platform that answers as Moodle 4.5 does. */
	public static final TestPlatform MOODLE = new TestPlatform();

	/** A platform that answers as Canvas does. */
	public static final TestPlatform CANVAS = new TestPlatform();

	/** Two platforms for removal: one is removed, the other must keep its data. */
	public static final TestPlatform REMOVED = new TestPlatform();

	public static final TestPlatform KEPT = new TestPlatform();

	/** {@link #MAIN}'s second registration, under another client id. */
	public static final String SECOND_CLIENT = "second-client";

	private static final Map<TestPlatform, TestPlatform.Lms> HOME = new LinkedHashMap<>();

	static {
		HOME.put(MAIN, TestPlatform.Lms.GENERIC);
		HOME.put(LEARNING, TestPlatform.Lms.GENERIC);
		HOME.put(MOODLE, TestPlatform.Lms.MOODLE);
		HOME.put(CANVAS, TestPlatform.Lms.CANVAS);
		HOME.put(REMOVED, TestPlatform.Lms.GENERIC);
		HOME.put(KEPT, TestPlatform.Lms.GENERIC);
		restore();
	}

	/** Each platform answers as its LMS does again, with no queued answers. */
	public static void restore() {
		HOME.forEach((platform, lms) -> {
			platform.ags().reset();
			platform.behaveLike(lms);
		});
	}

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		MergedAnnotations annotations = MergedAnnotations.from(testClass,
				MergedAnnotations.SearchStrategy.TYPE_HIERARCHY);
		boolean wanted = annotations.isPresent(ToolTest.class) && !annotations.isPresent(WithoutSharedPlatforms.class);
		return (wanted && !declaresPlatforms(testClass)) ? new Declared() : null;
	}

	private static boolean declaresPlatforms(Class<?> testClass) {
		for (Class<?> type = testClass; type != null; type = type.getSuperclass()) {
			for (Method method : type.getDeclaredMethods()) {
				if (method.isAnnotationPresent(DynamicPropertySource.class)) {
					return true;
				}
			}
		}
		return false;
	}

	private static Map<String, Object> properties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		declare(properties, 0, MAIN, TestPlatform.CLIENT_ID, "STRICT");
		declare(properties, 1, MAIN, SECOND_CLIENT, "STRICT");
		declare(properties, 2, LEARNING, TestPlatform.CLIENT_ID, "ACCEPT_NEW");
		declare(properties, 3, MOODLE, TestPlatform.CLIENT_ID, "STRICT");
		declare(properties, 4, CANVAS, TestPlatform.CLIENT_ID, "STRICT");
		declare(properties, 5, REMOVED, TestPlatform.CLIENT_ID, "STRICT");
		declare(properties, 6, KEPT, TestPlatform.CLIENT_ID, "STRICT");
		return properties;
	}

	private static void declare(Map<String, Object> properties, int index, TestPlatform platform, String clientId,
			String policy) {
		String prefix = "lti.platforms[" + index + "].";
		properties.put(prefix + "issuer", platform.issuer());
		properties.put(prefix + "client-id", clientId);
		properties.put(prefix + "authorization-endpoint", platform.authorizationEndpoint());
		properties.put(prefix + "token-endpoint", platform.tokenEndpoint());
		properties.put(prefix + "jwks-url", platform.jwksUrl());
		properties.put(prefix + "deployment-ids[0]", TestPlatform.DEPLOYMENT_ID);
		properties.put(prefix + "deployment-policy", policy);
	}

	/** Equal to every other, so contexts that differ in nothing else are one. */
	private record Declared() implements ContextCustomizer {

		@Override
		public void customizeContext(org.springframework.context.ConfigurableApplicationContext context,
				org.springframework.test.context.MergedContextConfiguration mergedConfig) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("shared-platforms", properties()));
		}

	}

}
