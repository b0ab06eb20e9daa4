package fr.academie.portail.home.entity;

/** Whether a tile is on the home page (the DSI may hide one without losing its rules). */
public enum TileDisplay {
    SHOWN,
    HIDDEN
}
