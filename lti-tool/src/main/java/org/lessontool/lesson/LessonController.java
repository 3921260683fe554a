package org.lessontool.lesson;

import java.util.Set;

import org.lessontool.launch.LaunchSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/** The lesson for a launched student, teacher or mentor (lti-checklist C-37 to C-41). */
@Controller
class LessonController {

	private final LessonPage page;

	private final LessonBody body;

	private final Readings readings;

	LessonController(LessonBody body, Readings readings) {
		this.body = body;
		this.page = body.page();
		this.readings = readings;
	}

	@RequestMapping(path = "/lesson", method = { RequestMethod.GET, RequestMethod.POST })
	String lesson(LaunchSession session, Model model) {
		model.addAttribute("page", this.page);
		model.addAttribute("bodyParts", this.body.parts());
		Readings.Reading reading = this.readings.of(session.context());
		model.addAttribute("notes", reading.notes());
		model.addAttribute("launchSession", session);
		model.addAttribute("launch", session.context());
		Set<String> viewed = reading.viewed();
		model.addAttribute("viewed", viewed);
		// issue 16: the learning path marks where to go next
		var map = this.page.lesson().lessonMap();
		if (map != null && map.learningPath() != null) {
			map.learningPath()
				.moves()
				.stream()
				.filter((move) -> !viewed.contains(move.section()))
				.findFirst()
				.ifPresent((move) -> model.addAttribute("firstUnread", move.section()));
		}
		// resume: the first section with a body the student has not read yet
		if (!viewed.isEmpty()) {
			this.page.lesson()
				.sections()
				.stream()
				.filter((section) -> section.hasBody() && !viewed.contains(section.id()))
				.findFirst()
				.ifPresent((section) -> model.addAttribute("resume", section));
		}
		return "lesson/lesson";
	}

}
