package org.lessontool.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A tool test that starts with no platforms at all: the {@link SharedPlatforms} are not
 * declared (for example where their loopback http URLs would be refused at start).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface WithoutSharedPlatforms {

}
