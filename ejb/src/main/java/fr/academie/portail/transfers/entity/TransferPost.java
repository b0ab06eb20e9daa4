package fr.academie.portail.transfers.entity;

import fr.academie.portail.establishments.entity.Establishment;
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

/** A post a campaign offers: an establishment and a discipline, with its number of vacancies. */
@Entity
@Table(name = "transfer_post")
public class TransferPost {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "transfer_seq")
    @SequenceGenerator(name = "transfer_seq", sequenceName = "transfer_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id", nullable = false)
    private TransferCampaign campaign;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "establishment_id", nullable = false)
    private Establishment establishment;

    @Column(nullable = false, length = 100)
    private String discipline;

    @Column(nullable = false)
    private int vacancies;

    protected TransferPost() {
        // for JPA
    }

    public TransferPost(TransferCampaign campaign, Establishment establishment, String discipline, int vacancies) {
        this.campaign = campaign;
        this.establishment = establishment;
        this.discipline = discipline;
        this.vacancies = vacancies;
    }

    public void setVacancies(int vacancies) {
        this.vacancies = vacancies;
    }

    public Long getId() {
        return id;
    }

    public TransferCampaign getCampaign() {
        return campaign;
    }

    public Establishment getEstablishment() {
        return establishment;
    }

    public String getDiscipline() {
        return discipline;
    }

    public int getVacancies() {
        return vacancies;
    }
}
