package fr.academie.portail.platform.boundary;

import fr.academie.portail.platform.control.SpreadsheetSafe;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.export.ColumnValue;

/**
 * PrimeFaces' CSV export of every table, with each text cell that a spreadsheet would run as a
 * formula neutralised by {@link SpreadsheetSafe}, as the portal's own CSV files are. Registered in
 * place of PrimeFaces' own « csv » exporter at start-up ({@link CsvExportRegistration}).
 */
public class SpreadsheetSafeCsvExporter extends DataTableCSVExporter {

    @Override
    protected void exportCellValue(FacesContext context, DataTable table, UIColumn column, ColumnValue value, int index) {
        ColumnValue safe = value != null && value.isStringValue() ? ColumnValue.of(SpreadsheetSafe.cell(value.toString())) : value;
        super.exportCellValue(context, table, column, safe, index);
    }
}
