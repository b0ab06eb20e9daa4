package fr.academie.portail.home.boundary;

import java.io.Serializable;

/** A tile as the home page draws it: a page of the portal, or another application (opened aside). */
public record TileView(String title, String description, String icon, String target, boolean portalPage)
        implements Serializable {
}
