package fr.academie.portail.provisioning.boundary;

import fr.academie.portail.provisioning.control.ExtractRow;
import fr.academie.portail.provisioning.control.RowValidator;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;

/** Checks each line against the extract's contract: a line is either a valid record or a rejection. */
@Named
@Dependent
public class HrExtractRowProcessor implements ItemProcessor {

    private final RowValidator validator = new RowValidator(LocalDate.now(Clock.systemUTC()));

    @Override
    public Object processItem(Object item) {
        return validator.validate((ExtractRow) item);
    }
}
