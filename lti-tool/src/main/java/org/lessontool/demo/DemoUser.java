package org.lessontool.demo;

import java.util.List;
import java.util.Optional;

/**
 * A person in the demo course.
 *
 * @param id the user id, sent as {@code sub} and {@code login_hint}
 * @param name the full name
 * @param givenName the first name
 * @param familyName the last name
 * @param role the context role URI
 */
record DemoUser(String id, String name, String givenName, String familyName, String role) {

	static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";

	static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";

	static final List<DemoUser> ALL = List.of(new DemoUser("demo-student-1", "Sam Student", "Sam", "Student", LEARNER),
			new DemoUser("demo-student-2", "Alex Rivera", "Alex", "Rivera", LEARNER),
			new DemoUser("demo-student-3", "Jordan Lee", "Jordan", "Lee", LEARNER),
			new DemoUser("demo-teacher", "Terry Teacher", "Terry", "Teacher", INSTRUCTOR));

	/**
	 * Students in the roster who have not opened anything, so a teacher view shows them
	 * as not started; one has left the course (NRPS status Inactive).
	 */
	static final List<DemoUser> ROSTER_ONLY = List.of(
			new DemoUser("demo-student-4", "Riley Chen", "Riley", "Chen", LEARNER),
			new DemoUser("demo-student-5", "Casey Morgan", "Casey", "Morgan", LEARNER));

	static final String INACTIVE = "demo-student-5";

	/**
	 * Everyone in the course: those with a launch button and those only in the roster.
	 */
	static List<DemoUser> roster() {
		return java.util.stream.Stream.concat(ALL.stream(), ROSTER_ONLY.stream()).toList();
	}

	static Optional<DemoUser> find(String id) {
		return roster().stream().filter((user) -> user.id().equals(id)).findFirst();
	}

	public boolean teacher() {
		return INSTRUCTOR.equals(this.role);
	}

}
