package fr.academie.portail.cv.entity;

import fr.academie.portail.cv.control.CvEntry;
import fr.academie.portail.cv.control.CvSection;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An agent's CV: a free presentation and lines in sections. The date of the last validation is
 * what promotion reviewers are shown; a change after it turns the CV back into a draft.
 */
@Entity
@Table(name = "cv")
public class Curriculum {

    @Id
    @Column(name = "agent_id")
    private Long agentId;

    @Column(length = 2000)
    private String presentation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CvStatus status = CvStatus.BROUILLON;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "validated_at")
    private Instant validatedAt;

    @OneToMany(mappedBy = "curriculum", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("section, year desc, id")
    private List<CvLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected Curriculum() {
        // for JPA
    }

    public Curriculum(Long agentId, Instant now) {
        this.agentId = agentId;
        this.updatedAt = now;
    }

    public CvLine add(CvEntry entry, Instant now) {
        CvLine line = new CvLine(this, entry);
        lines.add(line);
        changed(now);
        return line;
    }

    public boolean remove(long lineId, Instant now) {
        boolean removed = lines.removeIf(line -> line.getId() != null && line.getId() == lineId);
        if (removed) {
            changed(now);
        }
        return removed;
    }

    public void present(String text, Instant now) {
        this.presentation = text;
        changed(now);
    }

    public void validate(Instant now) {
        this.status = CvStatus.VALIDE;
        this.validatedAt = now;
        this.updatedAt = now;
    }

    private void changed(Instant now) {
        this.status = CvStatus.BROUILLON;
        this.updatedAt = now;
    }

    public long count(CvSection section) {
        return lines.stream().filter(line -> line.getSection() == section).count();
    }

    public Long getAgentId() {
        return agentId;
    }

    public String getPresentation() {
        return presentation;
    }

    public CvStatus getStatus() {
        return status;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Optional<Instant> getValidatedAt() {
        return Optional.ofNullable(validatedAt);
    }

    public List<CvLine> getLines() {
        return lines;
    }
}
