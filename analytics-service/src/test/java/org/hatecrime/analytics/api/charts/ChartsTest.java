package org.hatecrime.analytics.api.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The charts a board member looks at: bars and lines in proportion, withheld values marked and never drawn as zero. */
class ChartsTest {

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static List<Drawing.Box> bars(Drawing drawing, String colour) {
        return drawing.marks().stream().filter(Drawing.Box.class::isInstance).map(Drawing.Box.class::cast)
                .filter(box -> box.colour().equals(colour) && box.width() > 10).toList();
    }

    @Test
    void barsAreInProportionToTheirValuesOnACommonBaseline() {
        Drawing chart = Charts.bars("Reports by strand", "desc", List.of("Race", "Religion"),
                List.of(new Series("2026-Q3", List.of(40.0, 20.0))));
        List<Drawing.Box> bars = bars(chart, Charts.PALETTE.get(0));
        assertThat(bars).hasSize(2);
        assertThat(bars.get(0).height()).isEqualTo(2 * bars.get(1).height(), org.assertj.core.data.Offset.offset(0.001));
        assertThat(bars.get(0).y() + bars.get(0).height()).isEqualTo(bars.get(1).y() + bars.get(1).height());
        assertThat(bars.get(0).x()).isLessThan(bars.get(1).x());
    }

    @Test
    void aWithheldValueGetsNoBarButAMarkInItsPlace() {
        Drawing chart = Charts.bars("t", "d", List.of("Race", "Disability"),
                List.of(new Series("now", Arrays.asList(14.0, null)), new Series("before", List.of(12.0, 11.0))));
        assertThat(bars(chart, Charts.PALETTE.get(0))).hasSize(1);
        assertThat(bars(chart, Charts.PALETTE.get(1))).hasSize(2);
        assertThat(chart.marks()).anySatisfy(mark -> assertThat(mark).isInstanceOfSatisfying(Drawing.Label.class,
                label -> assertThat(label.text()).isEqualTo(Charts.WITHHELD)));
    }

    @Test
    void aLineBreaksAtAWithheldMonth() {
        Drawing chart = Charts.lines("t", "d", List.of("2026-01", "2026-02", "2026-03", "2026-04", "2026-05"),
                List.of(new Series("Reports", Arrays.asList(12.0, 15.0, null, 11.0, 13.0))));
        List<Drawing.Polyline> runs = chart.marks().stream().filter(Drawing.Polyline.class::isInstance)
                .map(Drawing.Polyline.class::cast).toList();
        assertThat(runs).hasSize(2);
        assertThat(runs.get(0).points()).hasSize(2);
        assertThat(runs.get(1).points()).hasSize(2);
        assertThat(chart.marks().stream().filter(Drawing.Dot.class::isInstance)).hasSize(4);
    }

    @Test
    void theAxisEndsAtARoundNumberAboveTheLargestValue() {
        assertThat(Charts.niceCeiling(0)).isEqualTo(1);
        assertThat(Charts.niceCeiling(7)).isEqualTo(10);
        assertThat(Charts.niceCeiling(10)).isEqualTo(10);
        assertThat(Charts.niceCeiling(141)).isEqualTo(200);
        assertThat(Charts.niceCeiling(312)).isEqualTo(500);
        assertThat(Charts.niceCeiling(0.62)).isEqualTo(1);
    }

    @Test
    void aSeriesMustHaveAValueForEachCategory() {
        assertThatThrownBy(() -> Charts.bars("t", "d", List.of("a", "b"), List.of(new Series("s", List.of(1.0)))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSvgIsWellFormedAccessibleAndCarriesNoScriptOrStyle() throws Exception {
        Drawing chart = Charts.bars("Reports by district <& \"Watford\">", "Counted reports", List.of("St Albans", "Watford"),
                List.of(new Series("2026-Q3", List.of(23.0, 41.0))));
        String svg = Svg.render(chart, "by-district");
        Document document = parse(svg);
        Element root = document.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("by-district-title by-district-desc");
        assertThat(document.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Reports by district <& \"Watford\">");
        assertThat(document.getElementsByTagName("script").getLength()).isZero();
        assertThat(document.getElementsByTagName("style").getLength()).isZero();
        assertThat(svg).doesNotContain("style=").doesNotContain("on" + "load");
        NodeList rects = document.getElementsByTagName("rect");
        assertThat(rects.getLength()).as("background, two bars and the legend's key").isEqualTo(4);
        NodeList texts = document.getElementsByTagName("text");
        boolean rotated = false;
        for (int i = 0; i < texts.getLength(); i++) {
            rotated |= ((Element) texts.item(i)).getAttribute("transform").startsWith("rotate(-40");
        }
        assertThat(rotated).as("category labels turned so long district names fit").isTrue();
    }

    @Test
    void aLineChartIsWellFormedSvgWithAPolyline() throws Exception {
        Document document = parse(Svg.render(Charts.lines("Reports by month", "d", List.of("2026-01", "2026-02"),
                List.of(new Series("Reports", List.of(10.0, 12.0))))));
        assertThat(document.getElementsByTagName("polyline").getLength()).isEqualTo(1);
        assertThat(document.getElementsByTagName("circle").getLength()).isEqualTo(2);
    }
}
