package org.lessontool.lesson;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Shows the lesson without a launch, for trying the tool on its embedded defaults. The
 * {@code prod} profile does not serve it: there, the lesson is reached through an LTI
 * launch only.
 */
@Controller
@Profile("!prod")
class LessonPreviewController {

	private final LessonPage page;

	private final LessonBody body;

	LessonPreviewController(LessonBody body) {
		this.body = body;
		this.page = body.page();
	}

	@GetMapping("/preview")
	String preview(Model model) {
		model.addAttribute("page", this.page);
		model.addAttribute("bodyParts", this.body.parts());
		model.addAttribute("notes", java.util.Map.of());
		model.addAttribute("preview", true);
		return "lesson/lesson";
	}

}
