/**
 * A small built-in LMS for trying the tool without one: a course page with the lesson in
 * an iframe, its own keys and OIDC authorization endpoint. It talks to the tool only over
 * HTTP, through the endpoints a real LMS uses, and uses no other module.
 */
@ApplicationModule(displayName = "Demo LMS", allowedDependencies = {})
package org.lessontool.demo;

import org.springframework.modulith.ApplicationModule;
