package fr.academie.portail.messages.boundary;

import java.io.Serializable;

/** An establishment a message can be addressed to. */
public record EstablishmentChoice(String uai, String name, String commune) implements Serializable {
}
