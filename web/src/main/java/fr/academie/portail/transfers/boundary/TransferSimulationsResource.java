package fr.academie.portail.transfers.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code POST /api/v1/transfer-simulations}: runs the assignment on a market the caller describes
 * (HR managers; HTTP Basic for tools). Nothing is stored.
 */
@Path("transfer-simulations")
public class TransferSimulationsResource {

    @Inject
    TransferSimulator simulator;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public SimulationResponse simulate(SimulationRequest request) {
        return simulator.simulate(request);
    }
}
