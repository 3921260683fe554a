package org.lessontool.tool;

import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Optional;

/** Storage of the tool's signing keys, shared by every replica. */
public interface ToolKeyRepository {

	void save(ToolKey key);

	Optional<ToolKey> findByKid(String kid);

	/** Keys in one state, oldest first. */
	List<ToolKey> findByState(ToolKey.State state);

	/**
	 * Moves a key from one state to another; false if it was not in {@code from} any
	 * more.
	 */
	boolean move(String kid, ToolKey.State from, ToolKey.State to, java.time.@Nullable OffsetDateTime retiredAt);

	void delete(String kid);

}
