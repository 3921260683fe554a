package org.lessontool;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Starts the tool. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class LessonToolApplication {

	public static void main(String[] args) {
		SpringApplication.run(LessonToolApplication.class, args);
	}

}
