package org.lessontool.content;

import java.util.List;

/**
 * The lesson's main moves, in the order a student should take them.
 *
 * @param heading the path's heading
 * @param intro one line under the heading
 * @param moves the moves, each pointing at a section
 */
public record LearningPath(String heading, String intro, List<Move> moves) {

	public LearningPath {
		moves = Lists.copy(moves);
	}

	/**
	 * One step of the learning path.
	 *
	 * @param section the id of the section the move leads to
	 * @param label the move's text
	 */
	public record Move(String section, String label) {
	}

}
