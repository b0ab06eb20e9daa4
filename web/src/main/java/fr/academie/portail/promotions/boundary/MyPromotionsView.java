package fr.academie.portail.promotions.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** « Mes promotions »: each campaign of the agent's corps, whether they are promouvable, and once published their result. */
@Named
@ViewScoped
public class MyPromotionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MyPromotions promotions;

    private List<MyPromotion> mine;

    @PostConstruct
    void init() {
        mine = promotions.mine();
    }

    public List<MyPromotion> getMine() {
        return mine;
    }
}
