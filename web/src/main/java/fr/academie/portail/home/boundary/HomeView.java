package fr.academie.portail.home.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** « Accueil »: the tiles of the services the account opens. */
@Named
@RequestScoped
public class HomeView {

    @Inject
    PortalTiles tiles;

    private List<TileView> shown;

    @PostConstruct
    void init() {
        shown = tiles.forCaller();
    }

    public List<TileView> getTiles() {
        return shown;
    }
}
