package fr.academie.portail.cv.boundary;

import fr.academie.portail.cv.control.CvEntry;
import java.time.Instant;
import java.util.List;

/** A CV as its owner and its reviewers read it. */
public record CvView(String login, String status, String presentation, Instant updatedAt, Instant validatedAt,
        List<Line> lines) {

    /** A line and the number that names it for removal. */
    public record Line(long id, CvEntry entry) {
    }
}
