package org.lessontool.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the tool on its defaults where to open it. */
@Component
@Profile("default | demo")
class DemoWelcome {

	private static final Logger logger = LoggerFactory.getLogger(DemoWelcome.class);

	private final DemoSettings settings;

	DemoWelcome(DemoSettings settings) {
		this.settings = settings;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		logger.info("Lesson Tool is ready. Open {}/demo to try it with the built-in demo LMS.",
				this.settings.toolUrl());
	}

}
