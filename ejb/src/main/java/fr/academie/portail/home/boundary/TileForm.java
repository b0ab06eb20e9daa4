package fr.academie.portail.home.boundary;

import fr.academie.portail.home.entity.TileDisplay;

/** The DSI's edit of a tile; no {@code id} for a new one. Lists are separated by {@code |}. */
public record TileForm(Long id, int position, String title, String description, String icon, String target,
                       String roles, String functions, String disciplines, TileDisplay display) {
}
