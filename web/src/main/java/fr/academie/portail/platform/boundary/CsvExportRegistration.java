package fr.academie.portail.platform.boundary;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.concurrent.atomic.AtomicBoolean;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.export.DataExporters;

/**
 * Every {@code <p:dataExporter type="csv">} writes safe cells: PrimeFaces' own CSV exporter is
 * replaced at the first request. (Not at the application's start: PrimeFaces' application context
 * then calls servlet context methods that Undertow forbids to a listener added by a library.)
 */
public class CsvExportRegistration implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final AtomicBoolean REGISTERED = new AtomicBoolean();

    @Override
    public void beforePhase(PhaseEvent event) {
        if (!REGISTERED.get() && REGISTERED.compareAndSet(false, true)) {
            DataExporters.register(DataTable.class, SpreadsheetSafeCsvExporter.class, "csv");
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }
}
