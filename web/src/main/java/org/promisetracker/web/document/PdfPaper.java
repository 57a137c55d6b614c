package org.promisetracker.web.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * A paper as tagged PDF (PDF/UA: structure, title, language), rendered by openhtmltopdf from the same
 * template as the print view, so the PDF and the page cannot drift apart.
 */
@Component
class PdfPaper {

    /** Where jasperreports-fonts keeps DejaVu Sans (and its licence, beside it). */
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    private static final String FAMILY = "DejaVu Sans";

    private final ITemplateEngine templates;
    private final ThymeleafEvaluationContext beans;
    private final byte[] regular = font("DejaVuSans.ttf");
    private final byte[] bold = font("DejaVuSans-Bold.ttf");
    private final byte[] oblique = font("DejaVuSans-Oblique.ttf");
    private final byte[] boldOblique = font("DejaVuSans-BoldOblique.ttf");

    PdfPaper(ITemplateEngine templates, ApplicationContext context) {
        this.templates = templates;
        // what a page's view gives its template, so @show works here too
        this.beans = new ThymeleafEvaluationContext(context, null);
    }

    byte[] write(Paper paper) {
        Context context = new Context(Locale.UK);
        context.setVariable("paper", paper);
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME, beans);
        String xhtml = templates.process("document/paper", context);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .withProducer("Promise Tracker")
                .useFont(() -> stream(regular), FAMILY, 400, FontStyle.NORMAL, true)
                .useFont(() -> stream(bold), FAMILY, 700, FontStyle.NORMAL, true)
                .useFont(() -> stream(oblique), FAMILY, 400, FontStyle.ITALIC, true)
                .useFont(() -> stream(boldOblique), FAMILY, 700, FontStyle.ITALIC, true)
                // the paper needs nothing from outside: a link in recorded text is never fetched
                .useExternalResourceAccessControl(
                        (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .withHtmlContent(xhtml, null)
                .toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    private static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private static byte[] font(String name) {
        try (InputStream in = PdfPaper.class.getResourceAsStream(FONTS + name)) {
            if (in == null) {
                throw new IllegalStateException("The font " + name + " is not on the class path (jasperreports-fonts)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
