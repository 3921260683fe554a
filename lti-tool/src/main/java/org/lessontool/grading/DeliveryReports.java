package org.lessontool.grading;

import java.util.Optional;

import org.lessontool.quiz.GradeReport;
import org.lessontool.quiz.GradeReports;
import org.springframework.stereotype.Component;

/** Tells the quiz's result page where an attempt's grade is. */
@Component
class DeliveryReports implements GradeReports {

	private final DeliveryRepository deliveries;

	DeliveryReports(DeliveryRepository deliveries) {
		this.deliveries = deliveries;
	}

	@Override
	public Optional<GradeReport> forAttempt(String attemptId) {
		return this.deliveries.findByAttempt(attemptId).map((d) -> switch (d.status()) {
			case DELIVERED -> new GradeReport(GradeReport.State.SENT, null);
			case PENDING, SENDING -> new GradeReport(GradeReport.State.WAITING, d.lastError());
			case FAILED -> new GradeReport(GradeReport.State.NOT_SENT, d.lastError());
			case KEPT_BEST -> new GradeReport(GradeReport.State.KEPT_BEST, null);
			case SUPERSEDED -> new GradeReport(GradeReport.State.REPLACED, null);
			case NOT_GRADED -> new GradeReport(GradeReport.State.NOT_GRADED, null);
		});
	}

}
