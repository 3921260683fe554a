package org.lessontool.lesson;

import org.lessontool.launch.LaunchSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/** The lesson for a launched student, teacher or mentor (lti-checklist C-37 to C-41). */
@Controller
class LessonController {

	private final LessonPage page;

	LessonController(LessonCatalog catalog) {
		this.page = LessonPageFactory.create(catalog.content());
	}

	@RequestMapping(path = "/lesson", method = { RequestMethod.GET, RequestMethod.POST })
	String lesson(LaunchSession session, Model model) {
		model.addAttribute("page", this.page);
		model.addAttribute("launchSession", session);
		model.addAttribute("launch", session.context());
		return "lesson/lesson";
	}

}
