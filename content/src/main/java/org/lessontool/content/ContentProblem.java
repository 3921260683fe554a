package org.lessontool.content;

/**
 * One thing wrong with a lesson's files, located precisely enough for an author to fix
 * it.
 *
 * @param file the file, relative to the lesson folder
 * @param field the path of the field inside the file, such as
 * {@code questions[2].choices}
 * @param message what is wrong, in plain words
 */
public record ContentProblem(String file, String field, String message) {

	@Override
	public String toString() {
		return this.file + ", " + this.field + ": " + this.message;
	}

}
