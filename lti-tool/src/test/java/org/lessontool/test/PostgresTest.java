package org.lessontool.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a tool test against PostgreSQL, in a fresh schema of its own. PostgreSQL is
 * required: the test fails when it is unreachable. Leave these tests out with
 * {@code -DexcludedGroups=postgres}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("postgres")
@ContextConfiguration(initializers = PostgresSchema.class)
public @interface PostgresTest {

}
