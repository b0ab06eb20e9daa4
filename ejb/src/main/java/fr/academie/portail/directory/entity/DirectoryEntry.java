package fr.academie.portail.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.type.NumericBooleanConverter;

/**
 * An entry of the annuaire académique: only what the annuaire may show. Indexed by Hibernate
 * Search (Lucene): names and places searched insensitive to accents, case and hyphens, function,
 * discipline and establishment also kept whole for the facets.
 */
@Entity
@Table(name = "directory_entry")
@Indexed(index = "annuaire")
@NamedQuery(name = DirectoryEntry.BY_AGENTS, query = "select d from DirectoryEntry d where d.agentId in :agents")
public class DirectoryEntry {

    public static final String BY_AGENTS = "DirectoryEntry.byAgents";

    public static final String NAMES_ANALYZER = "nom";
    public static final String NAMES_NORMALIZER = "nom_normalise";

    @Id
    @Column(name = "agent_id")
    private Long agentId;

    @Column(nullable = false, unique = true, updatable = false, length = 160)
    @KeywordField(projectable = Projectable.NO)
    private String email;

    @Column(nullable = false, length = 100)
    @FullTextField(analyzer = NAMES_ANALYZER)
    @KeywordField(name = "nom_tri", normalizer = NAMES_NORMALIZER, sortable = org.hibernate.search.engine.backend.types.Sortable.YES,
            searchable = Searchable.NO)
    private String nom;

    @Column(nullable = false, length = 100)
    @FullTextField(analyzer = NAMES_ANALYZER)
    private String prenom;

    @Column(length = 100)
    @FullTextField(analyzer = NAMES_ANALYZER)
    @KeywordField(name = "fonction_facette", aggregable = Aggregable.YES)
    private String fonction;

    @Column(length = 100)
    @FullTextField(analyzer = NAMES_ANALYZER)
    @KeywordField(name = "discipline_facette", aggregable = Aggregable.YES)
    private String discipline;

    @Column(name = "establishment_uai", nullable = false, length = 8)
    @KeywordField(normalizer = NAMES_NORMALIZER)
    private String establishmentUai;

    @Column(name = "establishment_name", nullable = false, length = 200)
    @FullTextField(analyzer = NAMES_ANALYZER)
    @KeywordField(name = "etablissement_facette", aggregable = Aggregable.YES)
    private String establishmentName;

    @Column(nullable = false, length = 100)
    @FullTextField(analyzer = NAMES_ANALYZER)
    private String commune;

    @Column(length = 30)
    private String phone;

    @Column(length = 100)
    private String office;

    /** Whether the person is in post (their account active): departed staff are never shown. */
    @Column(nullable = false)
    @Convert(converter = NumericBooleanConverter.class)
    @GenericField
    private boolean listed;

    @Version
    private long version;

    protected DirectoryEntry() {
        // for JPA
    }

    /** The part HR data gives, after a correction of the dossier (re-indexed with the change). */
    public void follow(String nom, String prenom, String fonction, String discipline, String uai,
            String establishmentName, String commune) {
        this.nom = nom;
        this.prenom = prenom;
        this.fonction = fonction;
        this.discipline = discipline;
        this.establishmentUai = uai;
        this.establishmentName = establishmentName;
        this.commune = commune;
    }

    /** The agent's own part of the entry. */
    public void describe(String phone, String office) {
        this.phone = phone;
        this.office = office;
    }

    public Long getAgentId() {
        return agentId;
    }

    public String getEmail() {
        return email;
    }

    public String getNom() {
        return nom;
    }

    public String getPrenom() {
        return prenom;
    }

    public String getFonction() {
        return fonction;
    }

    public String getDiscipline() {
        return discipline;
    }

    public String getEstablishmentUai() {
        return establishmentUai;
    }

    public String getEstablishmentName() {
        return establishmentName;
    }

    public String getCommune() {
        return commune;
    }

    public String getPhone() {
        return phone;
    }

    public String getOffice() {
        return office;
    }

    public boolean isListed() {
        return listed;
    }
}
