package org.lessontool.content;

import java.util.List;

/**
 * Lessons to suggest next. Their content is not part of this tool, so they are shown, not
 * linked.
 *
 * @param heading the block heading
 * @param title the call to action
 * @param lessons the suggestions
 */
public record RelatedLessons(String heading, String title, List<RelatedLesson> lessons) {

	public RelatedLessons {
		lessons = Lists.copy(lessons);
	}

	/**
	 * One suggested lesson.
	 *
	 * @param track the track it belongs to
	 * @param minutes how long it takes
	 * @param title its title
	 * @param description one line on what it covers
	 */
	public record RelatedLesson(String track, int minutes, String title, String description) {

		/** "Creators · 11 min". */
		public String trackAndLength() {
			return this.track + " · " + this.minutes + " min";
		}

	}

}
