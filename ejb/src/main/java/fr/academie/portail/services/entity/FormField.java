package fr.academie.portail.services.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;

/** A field of a service's request form: reference data of the catalogue. */
@Embeddable
public class FormField {

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String label;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(Types.VARCHAR)
    @Column(nullable = false, length = 20)
    private FieldKind kind;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(Types.VARCHAR)
    @Column(nullable = false, length = 12)
    private FieldRequirement requirement;

    /** For {@link FieldKind#CHOICE}: the allowed values, separated by {@code |}. */
    @Column(length = 500)
    private String choices;

    @Column(length = 300)
    private String hint;

    protected FormField() {
        // for JPA
    }

    public FormField(int position, String code, String label, FieldKind kind, FieldRequirement requirement,
                     String choices, String hint) {
        this.position = position;
        this.code = code;
        this.label = label;
        this.kind = kind;
        this.requirement = requirement;
        this.choices = choices;
        this.hint = hint;
    }

    public int getPosition() {
        return position;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public FieldKind getKind() {
        return kind;
    }

    public boolean isRequired() {
        return requirement == FieldRequirement.REQUIRED;
    }

    public List<String> getChoiceList() {
        return choices == null ? List.of() : Arrays.asList(choices.split("\\|"));
    }

    public String getHint() {
        return hint;
    }
}
