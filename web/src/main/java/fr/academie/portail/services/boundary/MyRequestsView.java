package fr.academie.portail.services.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** « Mes demandes »: the caller's requests and, for a head, their establishment's. */
@Named
@ViewScoped
public class MyRequestsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServiceRequests requests;

    private List<QueueRow> rows;

    @PostConstruct
    void init() {
        rows = requests.mine();
    }

    public List<QueueRow> getRows() {
        return rows;
    }
}
