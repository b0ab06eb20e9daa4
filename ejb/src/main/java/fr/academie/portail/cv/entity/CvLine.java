package fr.academie.portail.cv.entity;

import fr.academie.portail.cv.control.CvEntry;
import fr.academie.portail.cv.control.CvSection;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One line of a CV (a diploma, a certification, a training, an activity or a language). */
@Entity
@Table(name = "cv_line")
public class CvLine {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cv_line_seq")
    @SequenceGenerator(name = "cv_line_seq", sequenceName = "cv_line_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agent_id", nullable = false)
    private Curriculum curriculum;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private CvSection section;

    @Column(nullable = false, length = 150)
    private String title;

    @Column(length = 150)
    private String organisation;

    @Column(name = "level_code", length = 2)
    private String level;

    @Column(name = "year_from")
    private Integer year;

    @Column(name = "year_to")
    private Integer endYear;

    private Integer hours;

    protected CvLine() {
        // for JPA
    }

    CvLine(Curriculum curriculum, CvEntry entry) {
        this.curriculum = curriculum;
        this.section = entry.section();
        this.title = entry.title();
        this.organisation = entry.organisation();
        this.level = entry.level();
        this.year = entry.year();
        this.endYear = entry.endYear();
        this.hours = entry.hours();
    }

    public CvEntry entry() {
        return new CvEntry(section, title, organisation, level, year, endYear, hours);
    }

    public Long getId() {
        return id;
    }

    public CvSection getSection() {
        return section;
    }
}
