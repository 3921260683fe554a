package org.lessontool.lesson;

import org.lessontool.catalog.LessonCatalog;
import org.lessontool.launch.Experience;
import org.lessontool.launch.LaunchSession;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Records that the launched student read a section (sent by the lesson page as it
 * scrolls).
 */
@RestController
class ProgressController {

	private final ProgressRepository progress;

	private final LessonCatalog catalog;

	ProgressController(ProgressRepository progress, LessonCatalog catalog) {
		this.progress = progress;
		this.catalog = catalog;
	}

	@PostMapping("/lesson/progress")
	ResponseEntity<String> viewed(LaunchSession session, @RequestParam("section") String section) {
		if (this.catalog.content().lesson().section(section).isEmpty()) {
			return ResponseEntity.status(HttpStatus.BAD_REQUEST).body("The lesson has no such section.");
		}
		// a teacher previewing the lesson is not a student making progress
		if (session.context().experience() == Experience.LEARNER) {
			this.progress.viewed(session.context(), section);
		}
		return ResponseEntity.noContent().build();
	}

}
