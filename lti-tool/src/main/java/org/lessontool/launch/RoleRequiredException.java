package org.lessontool.launch;

/**
 * A launched user asked for something their context role does not allow (lti-checklist
 * D-02, Z-11): a learner on a teacher page, for instance. Answered with a 403 page.
 */
public class RoleRequiredException extends RuntimeException {

	public RoleRequiredException(String message) {
		super(message);
	}

	/**
	 * Z-11: teacher pages check the stored launch on every request, never a page
	 * parameter.
	 */
	public static void requireTeacher(LaunchSession session, String what) {
		if (session.context().experience() != Experience.TEACHER) {
			throw new RoleRequiredException(what + " is for the course's teachers only.");
		}
	}

}
