/**
 * Turns scored attempts into AGS scores: the durable delivery queue and the sender that
 * works it off; it uses the launch, quiz and platform modules.
 */
@ApplicationModule(displayName = "Grading", allowedDependencies = { "launch", "quiz", "platform", "tool", "support" })
package org.lessontool.grading;

import org.springframework.modulith.ApplicationModule;
