package fr.academie.portail.dossier.boundary;

import fr.academie.portail.dossier.control.DossierHistory.Change;
import fr.academie.portail.dossier.control.DossierHistory.PathEvent;
import java.util.List;

/** A dossier's past: the agent's path, and every change with who made it, when and why. */
public record DossierHistoryView(List<PathEvent> path, List<Change> changes) {
}
