package org.lessontool.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One lesson of the course as authored in {@code lesson.yaml}: its place in the series,
 * its sections and the page furniture (lesson map, quiz entry, tutor, related lessons).
 *
 * @param number the lesson's number in the series
 * @param ofTotal how many lessons the series has
 * @param title the lesson title
 * @param subtitle the one-line promise under the title
 * @param lessonMap the overview shown before the sections
 * @param sections the sections in reading order
 * @param quizEntry the end-of-lesson quiz invitation
 * @param tutor the tutor panel's introduction
 * @param related lessons to suggest next
 */
public record Lesson(int number, int ofTotal, String title, String subtitle, LessonMap lessonMap,
		List<Section> sections, QuizEntry quizEntry, TutorIntro tutor, RelatedLessons related) {

	public Lesson {
		sections = Lists.copy(sections);
	}

	/**
	 * The one name the tool gives a section wherever it refers to it (the learning path,
	 * the tutor, results, the teacher view): its heading, and where two sections share a
	 * heading ("The big idea"), the part it belongs to in brackets.
	 */
	public String titleOf(Section section) {
		long same = this.sections.stream().filter((other) -> other.heading().equals(section.heading())).count();
		String part = null;
		for (Section other : this.sections) {
			if (other.id().equals(section.id())) {
				break;
			}
			if (!other.hasBody()) {
				part = other.heading();
			}
		}
		return (same < 2 || part == null) ? section.heading() : section.heading() + " (" + part + ")";
	}

	public Optional<Section> section(String id) {
		return this.sections.stream().filter((section) -> section.id().equals(id)).findFirst();
	}

	/**
	 * Every text the lesson page shows from this lesson, in page order, including derived
	 * labels such as "Section 2".
	 */
	public List<String> pageTexts() {
		List<String> texts = new ArrayList<>();
		texts.add(position());
		texts.add(this.title);
		texts.add(this.subtitle);
		if (this.lessonMap != null) {
			texts.add(this.lessonMap.heading());
			texts.add(this.lessonMap.intro());
			LearningPath path = this.lessonMap.learningPath();
			if (path != null) {
				texts.add(path.heading());
				texts.add(path.intro());
				path.moves().forEach((move) -> texts.add(move.label()));
			}
			if (this.lessonMap.conceptCluster() != null) {
				texts.add(this.lessonMap.conceptCluster().heading());
				texts.add(this.lessonMap.conceptCluster().intro());
			}
		}
		for (Section section : this.sections) {
			texts.add(section.label());
			texts.addAll(section.texts());
			texts.add(section.keyTermsHeading());
		}
		if (this.quizEntry != null) {
			texts.addAll(Arrays.asList(this.quizEntry.heading(), this.quizEntry.title(), this.quizEntry.summary()));
		}
		if (this.tutor != null) {
			texts.addAll(Arrays.asList(this.tutor.heading(), this.tutor.title(), this.tutor.intro()));
		}
		if (this.related != null) {
			texts.add(this.related.heading());
			texts.add(this.related.title());
			for (RelatedLessons.RelatedLesson lesson : this.related.lessons()) {
				texts.addAll(Arrays.asList(lesson.trackAndLength(), lesson.title(), lesson.description()));
			}
		}
		texts.removeIf(Objects::isNull);
		return texts;
	}

	/** "Lesson 964 of 1570". */
	public String position() {
		return "Lesson " + this.number + " of " + this.ofTotal;
	}

}
