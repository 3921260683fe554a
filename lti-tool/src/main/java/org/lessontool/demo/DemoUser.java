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

	static Optional<DemoUser> find(String id) {
		return ALL.stream().filter((user) -> user.id().equals(id)).findFirst();
	}

	public boolean teacher() {
		return INSTRUCTOR.equals(this.role);
	}

}
