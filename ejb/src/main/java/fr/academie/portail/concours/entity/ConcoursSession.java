package fr.academie.portail.concours.entity;

import fr.academie.portail.concours.control.ConcoursConditions;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A session of an internal concours: its registration window, its conditions, its sections. */
@Entity
@Table(name = "concours_session")
@NamedQuery(name = ConcoursSession.ALL, query = "select s from ConcoursSession s order by s.registrationTo desc, s.name")
public class ConcoursSession {

    public static final String ALL = "ConcoursSession.all";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "concours_seq")
    @SequenceGenerator(name = "concours_seq", sequenceName = "concours_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "session_year", nullable = false)
    private int year;

    @Column(name = "registration_from", nullable = false)
    private Instant registrationFrom;

    @Column(name = "registration_to", nullable = false)
    private Instant registrationTo;

    /** « | » between the corps; {@code null}: any member of staff. */
    @Column(length = 500)
    private String corps;

    @Column(name = "min_years", nullable = false)
    private int minYears;

    @Column(name = "min_diploma_level")
    private Integer minDiplomaLevel;

    @Column(name = "diploma_waived_for", length = 500)
    private String diplomaWaivedFor;

    @OneToMany(mappedBy = "session", cascade = CascadeType.PERSIST)
    @OrderBy("code")
    private List<ConcoursSection> sections = new ArrayList<>();

    @Version
    private long version;

    protected ConcoursSession() {
        // for JPA
    }

    public ConcoursSession(String name, int year, Instant registrationFrom, Instant registrationTo, Set<String> corps, int minYears,
            Integer minDiplomaLevel, Set<String> diplomaWaivedFor) {
        this.name = name;
        this.year = year;
        this.registrationFrom = registrationFrom;
        this.registrationTo = registrationTo;
        this.corps = joined(corps);
        this.minYears = minYears;
        this.minDiplomaLevel = minDiplomaLevel;
        this.diplomaWaivedFor = joined(diplomaWaivedFor);
    }

    public ConcoursSection addSection(String code, String label, List<String> options) {
        ConcoursSection section = new ConcoursSection(this, code, label, options);
        sections.add(section);
        return section;
    }

    public ConcoursConditions conditions() {
        return new ConcoursConditions(split(corps), minYears, minDiplomaLevel, split(diplomaWaivedFor));
    }

    /** Whether registrations may be made, changed or withdrawn at {@code now}. */
    public boolean open(Instant now) {
        return !now.isBefore(registrationFrom) && now.isBefore(registrationTo);
    }

    private static String joined(Set<String> values) {
        return values == null || values.isEmpty() ? null : String.join("|", values);
    }

    static Set<String> split(String joined) {
        return joined == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(joined.split("\\|")));
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public int getYear() {
        return year;
    }

    public Instant getRegistrationFrom() {
        return registrationFrom;
    }

    public Instant getRegistrationTo() {
        return registrationTo;
    }

    public Set<String> getCorps() {
        return split(corps);
    }

    public int getMinYears() {
        return minYears;
    }

    public Integer getMinDiplomaLevel() {
        return minDiplomaLevel;
    }

    public Set<String> getDiplomaWaivedFor() {
        return split(diplomaWaivedFor);
    }

    public List<ConcoursSection> getSections() {
        return sections;
    }

    public long getVersion() {
        return version;
    }
}
