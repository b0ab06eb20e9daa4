package fr.academie.portail.dossier.control;

import fr.academie.portail.dossier.entity.AdministrativeData;
import java.time.Instant;

/**
 * A dossier as one revision left it: the administrative data, the establishment's label, and who
 * changed it when, and why.
 */
public record DossierVersion(Instant recordedAt, String author, String reason, AdministrativeData data,
        String establishment) {
}
