package org.lessontool.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Where a lesson folder's files are read from: the classpath, or a folder on disk. */
public interface LessonSource {

	/** A human-readable location, used in error messages. */
	String location();

	/**
	 * Opens one file of the lesson folder.
	 * @param fileName the file name, one of {@link LessonFiles}
	 * @return the file's bytes
	 * @throws NoSuchFileException if the folder has no such file
	 * @throws IOException if it cannot be read
	 */
	InputStream open(String fileName) throws IOException;

	/** A lesson folder packaged on the classpath, such as {@code lessons/964}. */
	static LessonSource classpath(String folder) {
		ClassLoader loader = LessonSource.class.getClassLoader();
		return new LessonSource() {

			@Override
			public String location() {
				return "classpath:" + folder;
			}

			@Override
			public InputStream open(String fileName) throws IOException {
				InputStream stream = loader.getResourceAsStream(folder + "/" + fileName);
				if (stream == null) {
					throw new NoSuchFileException(folder + "/" + fileName);
				}
				return stream;
			}

		};
	}

	/** A lesson folder on disk. */
	static LessonSource directory(Path folder) {
		return new LessonSource() {

			@Override
			public String location() {
				return folder.toString();
			}

			@Override
			public InputStream open(String fileName) throws IOException {
				return Files.newInputStream(folder.resolve(fileName));
			}

		};
	}

}
