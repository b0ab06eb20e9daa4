package fr.academie.portail.concours.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/** A section of a session (« Mathématiques », « Lettres modernes »…), with the options a candidate chooses from. */
@Entity
@Table(name = "concours_section")
public class ConcoursSection {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "concours_seq")
    @SequenceGenerator(name = "concours_seq", sequenceName = "concours_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false)
    private ConcoursSession session;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(nullable = false, length = 200)
    private String label;

    @Column(name = "option_list", length = 1000)
    private String options;

    protected ConcoursSection() {
        // for JPA
    }

    ConcoursSection(ConcoursSession session, String code, String label, List<String> options) {
        this.session = session;
        this.code = code;
        this.label = label;
        this.options = options == null || options.isEmpty() ? null : String.join("|", options);
    }

    public Long getId() {
        return id;
    }

    public ConcoursSession getSession() {
        return session;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public List<String> getOptions() {
        return options == null ? List.of() : Arrays.asList(options.split("\\|"));
    }
}
